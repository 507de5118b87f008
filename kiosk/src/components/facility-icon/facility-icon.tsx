import type { Facility } from "../../models/welcome";
import { LineIcon } from "@ui/line-icon";

// Simple line drawings: a picture helps those who read slowly or not at all.
const drawings: Record<Facility["kind"], string> = {
  canteen: "M6 26h36M9 26a15 15 0 0 0 30 0M18 40h12M17 8c-2 3 2 5 0 8M24 6c-2 3 2 5 0 8M31 8c-2 3 2 5 0 8",
  study_room: "M24 12C19 8 11 8 6 10v26c5-2 13-2 18 2 5-4 13-4 18-2V10c-5-2-13-2-18 2zM24 12v26",
  station: "M12 38a5 5 0 1 0 0-0.1M36 38a5 5 0 1 0 0-0.1M12 38l8-14h10l6 14M20 24l-3-8h-5M30 24l2-10h6",
  baby_room: "M24 40a13 13 0 1 0 0-26 13 13 0 1 0 0 26zM24 14c0-4 4-6 6-4M19 25v1M29 25v1M19 31c3 3 7 3 10 0",
};

export function FacilityIcon({ kind, size = 96 }: { kind: Facility["kind"]; size?: number }) {
  return (
    <LineIcon grid={48} size={size} strokeWidth={3}>
      <path d={drawings[kind]} />
    </LineIcon>
  );
}
