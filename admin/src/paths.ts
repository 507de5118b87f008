const base = import.meta.env.BASE_URL;

export const paths = {
  home: base,
  people: `${base}people`,
  passes: `${base}passes`,
  face: `${base}people/:kind/:id/face`,
  kiosks: `${base}kiosks`,
  staff: `${base}staff`,
  audit: `${base}audit`,
};

export const facePath = (kind: string, id: string) => `${base}people/${kind}/${id}/face`;
