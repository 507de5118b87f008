import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { useMemo } from "preact/hooks";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { Chart } from "../components/chart/chart";
import { FundTable } from "../components/pricing/fund-table";
import { GroupForm } from "../components/pricing/group-form";
import { MonthBudgets } from "../components/pricing/month-budgets";
import { PolicyDiff } from "../components/pricing/policy-diff";
import { PolicyForm } from "../components/pricing/policy-form";
import { PolicyHistory } from "../components/pricing/policy-history";
import { PolicyWords } from "../components/pricing/policy-words";
import { t } from "../i18n";
import { formatFen } from "../lib/money";
import { type Fund, funds, policies } from "../models/canteen";
import { may } from "../models/permissions";
import { residentGroups } from "../models/resident-groups";

export function CanteenPricingPage() {
  useWatch(policies, funds, residentGroups);
  return (
    <CanteenFrame title={t("pricing.title")}>
      {(id) => (
        <ResourceView of={policies}>
          {({ items, today }) => {
            const current = items.find((p) => p.inForce);
            const upcoming = items.filter((p) => p.effectiveFrom > today).reverse();
            return (
              <>
                <section aria-labelledby="policy-current-title">
                  <h2 id="policy-current-title">
                    {current
                      ? t("pricing.current", { version: current.version, date: current.effectiveFrom })
                      : t("pricing.none")}
                  </h2>
                  {current && <PolicyWords policy={current} />}
                  {upcoming.map((p) => (
                    <div key={p.id} class="notice">
                      <p>{t("pricing.upcoming", { version: p.version, date: p.effectiveFrom })}</p>
                      <PolicyWords policy={p} />
                    </div>
                  ))}
                  {!may.canteenMoney.value && <p>{t("pricing.readOnly")}</p>}
                </section>
                <section aria-labelledby="funds-title">
                  <h2 id="funds-title">{t("funds.title")}</h2>
                  <ResourceView of={funds}>
                    {(f) => (
                      <>
                        <FundTable communityId={id} month={f.month} funds={f.items} />
                        <BudgetChart month={f.month} items={f.items} />
                        <MonthBudgets communityId={id} month={f.month} months={f.months} funds={f.items} />
                      </>
                    )}
                  </ResourceView>
                </section>
                <section aria-labelledby="policy-history-title">
                  <h2 id="policy-history-title">{t("pricing.history")}</h2>
                  <PolicyHistory items={items} today={today} />
                </section>
                {items.length > 1 && (
                  <ResourceView of={funds}>{(f) => <PolicyDiff items={items} funds={f.items} />}</ResourceView>
                )}
                {may.canteenMoney.value && items[0] && (
                  <ResourceView of={funds}>
                    {(f) => (
                      <ResourceView of={residentGroups}>
                        {(groups) => (
                          <>
                            <PolicyForm
                              communityId={id}
                              base={items[0]!}
                              funds={f.items}
                              groups={groups}
                              today={today}
                            />
                            <GroupForm communityId={id} />
                          </>
                        )}
                      </ResourceView>
                    )}
                  </ResourceView>
                )}
              </>
            );
          }}
        </ResourceView>
      )}
    </CanteenFrame>
  );
}

/** This month's use of each fund against this month's budget, drawn from the same figures as the table. */
function BudgetChart({ month, items }: { month: string; items: Fund[] }) {
  const labels = useMemo(() => items.map((f) => f.name), [items]);
  const series = useMemo(
    () => [
      { label: t("reports.used"), values: items.map((f) => f.usedFen), kind: "bar" as const },
      { label: t("reports.budget"), values: items.map((f) => f.budgetFen), kind: "bar" as const },
    ],
    [items],
  );
  return <Chart title={t("funds.chart", { month })} labels={labels} series={series} format={formatFen} />;
}
