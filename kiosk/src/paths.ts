import type { Facility } from "./models/welcome";

const base = import.meta.env.BASE_URL;

export const paths = {
  home: base,
  identify: `${base}identify`,
  canteen: `${base}canteen`,
  studyRoom: `${base}study-room`,
  babyRoom: `${base}baby-room`,
  babyPickup: `${base}baby-room/pickup`,
  showers: `${base}showers`,
  stationRegister: `${base}station/register`,
  facilityPattern: `${base}facility/:kind`,
  facility: (kind: Facility["kind"]) => `${base}facility/${kind}`,
  /** "Who are you?" for one place: once identified, the person lands in that place's screen. */
  identifyFor: (kind: Facility["kind"]) => `${base}identify?for=${kind}`,
};

/** Where a person lands for each place once identified: the act, not a page about it. */
export const facilityAct: Record<Facility["kind"], string> = {
  canteen: paths.canteen,
  study_room: paths.studyRoom,
  baby_room: paths.babyRoom,
  station: paths.showers,
};
