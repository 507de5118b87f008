import { text } from "../../hooks/use-submit";
import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { fenToYuanText, formatFen, parseYuan } from "../../lib/money";
import { setFundBudget, type Fund } from "../../models/canteen";
import { may } from "../../models/permissions";
import { DataTable } from "../data-table/data-table";
import { MoneyField } from "../field/money-field";
import { Form } from "../form/form";

/** Each fund's budget and use this month, and its default monthly budget, which admins set in place. */
export function FundTable({ communityId, month, funds }: { communityId: string; month: string; funds: Fund[] }) {
  const action = useAction();
  const save = (fund: Fund, form: HTMLFormElement) =>
    action.run(async () => {
      const raw = text(new FormData(form), "budget");
      await setFundBudget(communityId, fund.id, raw === "" ? null : parseYuan(raw));
      return t("funds.saved", { name: fund.name });
    });
  const amount = (fen: number | null) => (fen === null ? t("funds.noCap") : formatFen(fen));
  return (
    <DataTable
      caption={t("funds.caption", { month })}
      showCaption
      action={action}
      columns={[
        t("funds.name"),
        { label: t("funds.used"), num: true },
        { label: t("funds.thisMonth"), num: true },
        { label: t("funds.left"), num: true },
        t("funds.default"),
      ]}
      rows={funds}
      row={(f) => (
        <tr key={f.id}>
          <th scope="row">{f.name}</th>
          <td class="num">{formatFen(f.usedFen)}</td>
          <td class="num">
            {amount(f.budgetFen)}
            {f.byMonth.find((m) => m.month === month)?.ownBudget && <small> ({t("funds.ownMonth")})</small>}
          </td>
          <td class="num">{f.budgetFen === null ? "—" : formatFen(Math.max(0, f.budgetFen - f.usedFen))}</td>
          <td>
            {may.canteenMoney.value ? (
              <Form
                of={action}
                class="inline-form"
                onSubmit={(e) => (e.preventDefault(), save(f, e.currentTarget as HTMLFormElement))}
              >
                <MoneyField
                  label={t("funds.budgetOf", { name: f.name })}
                  hideLabel
                  name="budget"
                  hint={t("funds.budgetHint")}
                  defaultValue={f.monthlyBudgetFen === null ? "" : fenToYuanText(f.monthlyBudgetFen)}
                  placeholder={t("funds.noCap")}
                />
                <button
                  type="submit"
                  class="secondary"
                  disabled={action.busy.value}
                  aria-label={t("funds.saveOf", { name: f.name })}
                >
                  {t("funds.save")}
                </button>
              </Form>
            ) : (
              amount(f.monthlyBudgetFen)
            )}
          </td>
        </tr>
      )}
    />
  );
}
