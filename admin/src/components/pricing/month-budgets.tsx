import { useMemo } from "preact/hooks";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { formatFen, parseYuan } from "../../lib/money";
import { type Fund, setMonthBudget } from "../../models/canteen";
import { may } from "../../models/permissions";
import { Chart } from "../chart/chart";
import { SelectField } from "../field/select-field";
import { MoneyField } from "../field/money-field";
import { Form } from "../form/form";
import { FormFooter } from "../form-footer/form-footer";

type Props = { communityId: string; month: string; months: string[]; funds: Fund[] };

/**
 * Each capped fund's use against each month's budget (the month's own, else the default), from
 * five months back to six ahead, and for admins the form that sets a coming month's budget.
 */
export function MonthBudgets({ communityId, month, months, funds }: Props) {
  const capped = funds.filter((f) => f.byMonth.some((m) => m.budgetFen !== null));
  return (
    <div class="month-budgets">
      {capped.map((f) => (
        <FundMonths key={f.id} fund={f} months={months} />
      ))}
      {may.canteenMoney.value && (
        <MonthBudgetForm communityId={communityId} funds={funds} months={months.filter((m) => m >= month)} />
      )}
    </div>
  );
}

function FundMonths({ fund, months }: { fund: Fund; months: string[] }) {
  const series = useMemo(
    () => [
      { label: t("reports.used"), values: fund.byMonth.map((m) => m.usedFen), kind: "bar" as const },
      { label: t("reports.budget"), values: fund.byMonth.map((m) => m.budgetFen), kind: "line" as const },
    ],
    [fund],
  );
  return (
    <Chart title={t("funds.monthsChart", { name: fund.name })} labels={months} series={series} format={formatFen} />
  );
}

function MonthBudgetForm({ communityId, funds, months }: { communityId: string; funds: Fund[]; months: string[] }) {
  const submit = useSubmit(async (data) => {
    const fund = funds.find((f) => f.id === text(data, "fund"))!;
    const raw = text(data, "budget");
    const saved = await setMonthBudget(communityId, fund.id, text(data, "month"), raw === "" ? null : parseYuan(raw));
    return saved.ownBudget
      ? t("funds.monthSaved", { name: fund.name, month: saved.month, amount: formatFen(saved.budgetFen ?? 0) })
      : t("funds.monthCleared", { name: fund.name, month: saved.month });
  });
  return (
    <Form of={submit} class="inline-form" heading={t("funds.monthTitle")} level={3}>
      <SelectField
        label={t("funds.name")}
        name="fund"
        required
        options={funds.map((f) => ({ value: f.id, label: f.name }))}
      />
      <SelectField
        label={t("funds.month")}
        name="month"
        required
        options={months.map((m) => ({ value: m, label: m }))}
      />
      <MoneyField label={t("funds.monthBudget")} name="budget" hint={t("funds.monthHint")} />
      <FormFooter {...submit} label={t("funds.monthSave")} />
    </Form>
  );
}
