import type { Facility } from "./models/welcome";

const base = import.meta.env.BASE_URL;

export const paths = {
  home: base,
  identify: `${base}identify`,
  canteen: `${base}canteen`,
  studyRoom: `${base}study-room`,
  babyRoom: `${base}baby-room`,
  showers: `${base}showers`,
  facilityPattern: `${base}facility/:kind`,
  facility: (kind: Facility["kind"]) => `${base}facility/${kind}`,
};
