import { useEffect } from "preact/hooks";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { FundTable } from "../components/pricing/fund-table";
import { PolicyForm } from "../components/pricing/policy-form";
import { PolicyHistory } from "../components/pricing/policy-history";
import { PolicyWords } from "../components/pricing/policy-words";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { funds, policies } from "../models/canteen";
import { may } from "../models/permissions";

export function CanteenPricingPage() {
  useEffect(() => {
    const stop = [policies.watch(), funds.watch()];
    return () => stop.forEach((s) => s());
  }, []);
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
                    {(f) => <FundTable communityId={id} month={f.month} funds={f.items} />}
                  </ResourceView>
                </section>
                <section aria-labelledby="policy-history-title">
                  <h2 id="policy-history-title">{t("pricing.history")}</h2>
                  <PolicyHistory items={items} today={today} />
                </section>
                {may.canteenMoney.value && items[0] && (
                  <ResourceView of={funds}>
                    {(f) => <PolicyForm communityId={id} base={items[0]!} funds={f.items} today={today} />}
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
