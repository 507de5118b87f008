import type { SeatFeature } from "../../models/study-day";
import type { SeatState } from "../../study/seat-plan";
import { LineIcon } from "@ui/line-icon";

// Each state has its own shape, so a seat reads right without colour: ring, crossed box, star, barred ring.
const stateDrawings: Record<SeatState, string> = {
  free: "M12 3a9 9 0 1 0 0.01 0z",
  taken: "M4 4h16v16H4zM8 8l8 8M16 8l-8 8",
  mine: "M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5L2.5 9.4l6.6-.9z",
  out: "M12 3a9 9 0 1 0 0.01 0zM5.6 5.6l12.8 12.8",
};

const featureDrawings: Record<SeatFeature, string> = {
  power: "M13 2L5 13h6l-1 9 8-11h-6z",
  window: "M4 3h16v18H4zM12 3v18M4 12h16",
  quiet: "M4 9h4l5-4v14l-5-4H4zM16 9l5 6M21 9l-5 6",
};

const Icon = ({ d, size, filled }: { d: string; size: number; filled?: boolean }) => (
  <LineIcon grid={24} size={size} strokeWidth={2.4} filled={filled}>
    <path d={d} />
  </LineIcon>
);

export const SeatStateIcon = ({ state, size = 30 }: { state: SeatState; size?: number }) => (
  <Icon d={stateDrawings[state]} size={size} filled={state === "mine"} />
);
export const SeatFeatureIcon = ({ feature, size = 24 }: { feature: SeatFeature; size?: number }) => (
  <Icon d={featureDrawings[feature]} size={size} filled={feature === "power"} />
);
