import { ApiError } from "@ui/api-client";
import { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { fenToYuanText, formatFen, parseYuan, YUAN_PATTERN } from "../../lib/money";
import { setFundBudget, type Fund } from "../../models/canteen";
import { may } from "../../models/permissions";
import { DataTable } from "../data-table/data-table";
import { Form } from "../form/form";

/** Each fund's monthly budget and this month's use; admins set budgets in place. */
export function FundTable({ communityId, month, funds }: { communityId: string; month: string; funds: Fund[] }) {
  const action = useAction();
  const save = (fund: Fund, form: HTMLFormElement) =>
    action.run(async () => {
      const raw = String(new FormData(form).get("budget") ?? "").trim();
      const budget = raw === "" ? null : parseYuan(raw);
      if (raw !== "" && budget === null) throw new ApiError(422, "MONEY_FORMAT", "budget");
      await setFundBudget(communityId, fund.id, budget);
      return t("funds.saved", { name: fund.name });
    });
  return (
    <DataTable
      caption={t("funds.caption", { month })}
      showCaption
      action={action}
      columns={[
        t("funds.name"),
        { label: t("funds.used"), num: true },
        { label: t("funds.left"), num: true },
        t("funds.budget"),
      ]}
      rows={funds}
      row={(f) => (
        <tr key={f.id}>
          <th scope="row">{f.name}</th>
          <td class="num">{formatFen(f.usedFen)}</td>
          <td class="num">
            {f.monthlyBudgetFen === null ? "—" : formatFen(Math.max(0, f.monthlyBudgetFen - f.usedFen))}
          </td>
          <td>
            {may.canteenMoney.value ? (
              <Form
                of={action}
                class="inline-form"
                onSubmit={(e) => (e.preventDefault(), save(f, e.currentTarget as HTMLFormElement))}
              >
                <input
                  name="budget"
                  aria-label={t("funds.budgetOf", { name: f.name })}
                  title={t("funds.budgetHint")}
                  inputMode="decimal"
                  pattern={YUAN_PATTERN}
                  defaultValue={f.monthlyBudgetFen === null ? "" : fenToYuanText(f.monthlyBudgetFen)}
                  placeholder={t("funds.noCap")}
                  autoComplete="off"
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
            ) : f.monthlyBudgetFen === null ? (
              t("funds.noCap")
            ) : (
              formatFen(f.monthlyBudgetFen)
            )}
          </td>
        </tr>
      )}
    />
  );
}
