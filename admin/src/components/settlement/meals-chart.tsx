import { useMemo } from "preact/hooks";
import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import type { Settlement } from "../../models/settlement";
import { Chart } from "../chart/chart";

/** The claim's meals and amount per day of the month, drawn by the panel's chart library; the figures are in the "by day" table too. */
export function MealsChart({ settlement }: { settlement: Settlement }) {
  const { labels, meals, amounts } = useMemo(() => {
    const [y, m] = settlement.month.split("-").map(Number) as [number, number];
    const days = Array.from(
      { length: new Date(Date.UTC(y, m, 0)).getUTCDate() },
      (_, i) => `${settlement.month}-${String(i + 1).padStart(2, "0")}`,
    );
    const byDay = new Map(settlement.byDay.map((d) => [d.key, d]));
    return {
      labels: days.map((d) => d.slice(5)),
      meals: [
        { label: t("settlement.meals"), values: days.map((d) => byDay.get(d)?.meals ?? 0), kind: "bar" as const },
      ],
      amounts: [
        { label: t("settlement.amount"), values: days.map((d) => byDay.get(d)?.amountFen ?? 0), kind: "bar" as const },
      ],
    };
  }, [settlement]);
  return (
    <>
      <Chart title={t("settlement.chartMeals")} labels={labels} series={meals} format={(v) => String(Math.round(v))} />
      <Chart title={t("settlement.chartAmount")} labels={labels} series={amounts} format={formatFen} />
    </>
  );
}
