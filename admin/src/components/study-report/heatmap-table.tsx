import { t } from "../../i18n";
import { weekdayName } from "../../lib/weekday-name";
import type { Utilisation, UtilisationCell } from "../../models/study-room-report";

export const percent = (ratio: number) => Math.round(ratio * 100);
// Six shades from pale to dark; the figure is always written in the cell too.
const shade = (ratio: number) => (ratio === 0 ? 0 : Math.min(5, Math.floor(ratio * 5) + 1));

/** The hours the room was open on some weekday, first to last, so closed nights do not fill the table. */
export function openHours(cells: UtilisationCell[]) {
  const open = cells.filter((c) => c.ratio !== null).map((c) => c.hour);
  if (open.length === 0) return [];
  const [first, last] = [Math.min(...open), Math.max(...open)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Weekdays (Monday first) by hour: each cell shaded by how full the room was and carrying the
 * percentage as text, so the table reads without the colours; a dash where the room was closed.
 */
export function HeatmapTable({ report }: { report: Utilisation }) {
  const hours = openHours(report.cells);
  const cell = (weekday: number, hour: number) =>
    report.cells.find((c) => c.weekday === weekday && c.hour === hour)?.ratio ?? null;
  return (
    <div class="table-scroll">
      <table class="heatmap">
        <caption>{t("study.report.caption", { from: report.from, to: report.to })}</caption>
        <thead>
          <tr>
            <td />
            {hours.map((h) => (
              <th key={h} scope="col" aria-label={t("study.report.hourOf", { hour: h })}>
                {String(h).padStart(2, "0")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[1, 2, 3, 4, 5, 6, 7].map((w) => (
            <tr key={w}>
              <th scope="row">{weekdayName(w)}</th>
              {hours.map((h) => {
                const ratio = cell(w, h);
                return ratio === null ? (
                  <td key={h} class="heat-closed">
                    <span aria-hidden="true">—</span>
                    <span class="visually-hidden">{t("study.report.closed")}</span>
                  </td>
                ) : (
                  <td key={h} class={`heat-${shade(ratio)}`}>
                    {percent(ratio)}%
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
