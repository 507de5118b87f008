import type { JSX } from "preact";
import type { SeatState } from "../../models/study-room-day";

// A shape per state, so the map reads without colour: ○ free, a clock when booked, ◇ offered,
// a filled seat in use, half-filled when away, a crossed box out of service. The word is beside it.
const SHAPES: Record<SeatState, JSX.Element> = {
  free: <circle cx="12" cy="12" r="8" fill="none" stroke-width="2.5" />,
  booked: (
    <>
      <circle cx="12" cy="12" r="8" fill="none" stroke-width="2.5" />
      <path d="M12 7v5l3.5 2.5" fill="none" stroke-width="2.5" stroke-linecap="round" />
    </>
  ),
  offered: <path d="M12 3l9 9-9 9-9-9z" fill="none" stroke-width="2.5" stroke-linejoin="round" />,
  in_use: <circle cx="12" cy="12" r="9" stroke-width="0" />,
  away: (
    <>
      <circle cx="12" cy="12" r="8" fill="none" stroke-width="2.5" />
      <path d="M12 4a8 8 0 0 1 0 16z" stroke-width="0" />
    </>
  ),
  out_of_service: (
    <>
      <rect x="4" y="4" width="16" height="16" fill="none" stroke-width="2.5" />
      <path d="M7 7l10 10M17 7L7 17" stroke-width="2.5" stroke-linecap="round" />
    </>
  ),
};

export function SeatStateIcon({ state }: { state: SeatState }) {
  return (
    <svg
      class={`seat-icon is-${state}`}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="currentColor"
      stroke="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[state]}
    </svg>
  );
}
