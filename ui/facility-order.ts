// The order residents know from the service centre's signboard, whatever order the API uses.
const KIND_ORDER = ["canteen", "study_room", "station", "baby_room"];

export const byFacilityOrder = (a: { kind: string }, b: { kind: string }) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
