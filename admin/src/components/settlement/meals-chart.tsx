import { t } from "../../i18n";
import type { Settlement } from "../../models/settlement";
import "./settlement.css";

const BAR = 18;
const GAP = 4;
const HEIGHT = 120;

/**
 * Meals per day as plain SVG bars: each bar carries its figure in a <title>, and the same
 * figures are in the "by day" table beside it, so nothing is only in the picture.
 */
export function MealsChart({ settlement }: { settlement: Settlement }) {
  const [y, m] = settlement.month.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const meals = new Map(settlement.byDay.map((d) => [Number(d.key.slice(8, 10)), d.meals]));
  const max = Math.max(1, ...meals.values());
  const width = days * (BAR + GAP);
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 20}`}
        role="img"
        aria-labelledby="meals-chart-title meals-chart-desc"
        preserveAspectRatio="none"
      >
        <title id="meals-chart-title">{t("settlement.chartMeals")}</title>
        <desc id="meals-chart-desc">{t("settlement.chartMealsDesc", { month: settlement.month })}</desc>
        <line x1="0" y1={HEIGHT} x2={width} y2={HEIGHT} class="chart-axis" />
        {Array.from({ length: days }, (_, i) => {
          const count = meals.get(i + 1) ?? 0;
          const h = Math.round((count * HEIGHT) / max);
          const date = `${settlement.month}-${String(i + 1).padStart(2, "0")}`;
          return (
            <g key={i}>
              <rect x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} class="chart-bar">
                <title>{t("settlement.bar", { date, meals: count })}</title>
              </rect>
              {(i === 0 || (i + 1) % 5 === 0) && (
                <text x={i * (BAR + GAP) + BAR / 2} y={HEIGHT + 16} text-anchor="middle" class="chart-label">
                  {i + 1}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{t("settlement.chartMeals")}</figcaption>
    </figure>
  );
}
