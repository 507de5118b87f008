const base = import.meta.env.BASE_URL;

export const paths = {
  home: base,
  people: `${base}people`,
  passes: `${base}passes`,
  face: `${base}people/:kind/:id/face`,
  kiosks: `${base}kiosks`,
  staff: `${base}staff`,
  audit: `${base}audit`,
  canteen: `${base}canteen`,
  canteenDeliveries: `${base}canteen/deliveries`,
  mealCards: `${base}canteen/cards`,
  menus: `${base}canteen/menus`,
  pricing: `${base}canteen/pricing`,
  settlement: `${base}canteen/settlement`,
  studyRoom: `${base}study-room`,
  studyNoShows: `${base}study-room/no-shows`,
  studySetup: `${base}study-room/setup`,
  studyReport: `${base}study-room/report`,
  station: `${base}station`,
  babyRoom: `${base}baby-room`,
  babyChildren: `${base}baby-room/children`,
  babyReport: `${base}baby-room/report`,
  babySetup: `${base}baby-room/setup`,
  reports: `${base}reports`,
  operations: `${base}operations`,
  capacity: `${base}operations/capacity`,
  closures: `${base}operations/closures`,
};

export const facePath = (kind: string, id: string) => `${base}people/${kind}/${id}/face`;
