import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import "./settlement.css";

/** The month's subsidy against the fund's budget, as one bar and the same figures in words. */
export function BudgetBar({ usedFen, budgetFen }: { usedFen: number; budgetFen: number | null }) {
  if (budgetFen === null) return <p>{t("settlement.noBudget", { used: formatFen(usedFen) })}</p>;
  // Whole percent by integer division: a bar does not need more, and no float meets the money.
  const percent = budgetFen === 0 ? 100 : Math.floor((usedFen * 100) / budgetFen);
  const line = t("settlement.budgetLine", { used: formatFen(usedFen), budget: formatFen(budgetFen), percent });
  return (
    <figure class="chart">
      <svg viewBox="0 0 400 28" role="img" aria-label={line} preserveAspectRatio="none">
        <rect x="0" y="2" width="400" height="24" class="chart-track" />
        <rect
          x="0"
          y="2"
          width={Math.min(400, percent * 4)}
          height="24"
          class={percent >= 100 ? "chart-bar is-over" : "chart-bar"}
        >
          <title>{line}</title>
        </rect>
      </svg>
      <figcaption>{line}</figcaption>
    </figure>
  );
}
