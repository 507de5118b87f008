// The order residents know from the service centre's signboard, whatever order the API uses.
export const KIND_ORDER = ["canteen", "study_room", "station", "baby_room"] as const;

export const byFacilityOrder = (a: { kind: string }, b: { kind: string }) =>
  KIND_ORDER.indexOf(a.kind as FacilityKind) - KIND_ORDER.indexOf(b.kind as FacilityKind);

export type FacilityKind = (typeof KIND_ORDER)[number];
