import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { useEffect } from "preact/hooks";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { BudgetBar } from "../components/settlement/budget-bar";
import { ClaimSheet } from "../components/settlement/claim-sheet";
import { MealsChart } from "../components/settlement/meals-chart";
import { t } from "../i18n";
import { todayIn } from "../lib/local-date";
import { funds, type Fund } from "../models/canteen";
import { community } from "../models/community";
import { residentGroups } from "../models/resident-groups";
import { claim, settlement, settlementCsvUrl } from "../models/settlement";
import "../components/settlement/settlement.css";
import { Form } from "../components/form/form";
import { Field } from "../components/field/field";
import { SelectField } from "../components/field/select-field";

export function CanteenSettlementPage() {
  useWatch(funds, settlement, residentGroups);
  return (
    <CanteenFrame title={t("settlement.title")}>
      {(id) => (
        <ResourceView of={funds}>
          {(f) => (
            <>
              <ClaimPicker funds={f.items} />
              {claim.value && (
                <ResourceView of={settlement}>
                  {(s) => (
                    <>
                      <div class="button-row no-print">
                        <a class="button-link" href={settlementCsvUrl(id, s.month, s.fund.code)} download>
                          {t("settlement.csv")}
                        </a>
                        <button type="button" onClick={() => window.print()}>
                          {t("settlement.print")}
                        </button>
                      </div>
                      <ClaimSheet communityName={community.value?.name ?? ""} settlement={s} />
                      <section aria-labelledby="charts-title" class="no-print">
                        <h2 id="charts-title">{t("settlement.budget")}</h2>
                        <BudgetBar usedFen={s.amountFen} budgetFen={s.fund.budgetFen} />
                        <MealsChart settlement={s} />
                      </section>
                    </>
                  )}
                </ResourceView>
              )}
            </>
          )}
        </ResourceView>
      )}
    </CanteenFrame>
  );
}

/** Month and fund; the claim loads when staff press "show" (and at once with this month's first fund). */
function ClaimPicker({ funds: list }: { funds: Fund[] }) {
  const month = claim.value?.month ?? todayIn(community.value?.timeZone ?? "Asia/Shanghai").slice(0, 7);
  useEffect(() => {
    if (!claim.value && list[0]) claim.value = { month, fund: list[0].code };
  }, [list]);
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    claim.value = { month: String(data.get("month")), fund: String(data.get("fund")) };
  };
  return (
    <Form class="inline-form claim-picker no-print" aria-label={t("settlement.pick")} onSubmit={onSubmit}>
      <Field label={t("settlement.month")} name="month" type="month" required defaultValue={month} />
      <SelectField
        label={t("settlement.fund")}
        name="fund"
        required
        defaultValue={claim.value?.fund ?? list[0]?.code}
        options={list.map((f) => ({ value: f.code, label: f.name }))}
      />
      <button type="submit">{t("settlement.show")}</button>
    </Form>
  );
}
