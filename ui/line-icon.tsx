import type { ComponentChildren } from "preact";

type Props = {
  /** The drawing's square: 24 or 48 units a side. */
  grid: 24 | 48;
  size: number | string;
  strokeWidth: number | string;
  filled?: boolean;
  children: ComponentChildren;
};

/**
 * A line drawing beside words that already say the same (hidden from screen readers): round ends
 * and joins, drawn in the text's colour, so it follows the theme and the high-contrast mode.
 */
export function LineIcon({ grid, size, strokeWidth, filled, children }: Props) {
  return (
    <svg
      viewBox={`0 0 ${grid} ${grid}`}
      width={size}
      height={size}
      aria-hidden="true"
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      stroke-width={strokeWidth}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}
