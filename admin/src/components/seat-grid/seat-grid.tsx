import { Fragment, type ComponentChildren } from "preact";
import { t } from "../../i18n";

type Placed = { id: string; label: string; row: number; col: number };

/**
 * Seats where they stand in the room (row and column from 0), as a list in reading order so a
 * screen reader walks the map row by row; the grid only places each item. Two seats given the
 * same place share its cell rather than hide one another.
 */
export function SeatGrid<S extends Placed>({
  seats,
  label,
  children,
}: {
  seats: S[];
  label: string;
  children: (seat: S) => ComponentChildren;
}) {
  if (seats.length === 0) return <p>{t("study.noSeats")}</p>;
  const ordered = [...seats].sort((a, b) => a.row - b.row || a.col - b.col || a.label.localeCompare(b.label));
  const cells = new Map<string, S[]>();
  for (const s of ordered) cells.set(`${s.row},${s.col}`, [...(cells.get(`${s.row},${s.col}`) ?? []), s]);
  return (
    <ul class="seat-grid" aria-label={label}>
      {[...cells.values()].map((here) => (
        <li key={here[0]!.id} class="seat-cell" style={{ gridRow: here[0]!.row + 1, gridColumn: here[0]!.col + 1 }}>
          {here.map((s) => (
            <Fragment key={s.id}>{children(s)}</Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** What a seat offers, in words (插座 · 靠窗 · 安静); never only an icon or a colour. */
export function featureWords(seat: { power: boolean; window: boolean; quiet: boolean }) {
  return (["power", "window", "quiet"] as const)
    .filter((f) => seat[f])
    .map((f) => t(`study.feature.${f}`))
    .join(" · ");
}
