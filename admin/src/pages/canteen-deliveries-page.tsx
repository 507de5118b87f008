import { useEffect } from "preact/hooks";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { DayPicker } from "../components/canteen-today/day-picker";
import { DeliveryList } from "../components/canteen-deliveries/delivery-list";
import { WelfareAlerts } from "../components/canteen-deliveries/welfare-alerts";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { deliveries, listDate, welfareAlerts } from "../models/canteen";
import "../components/canteen-deliveries/welfare-alerts.css";

const REFRESH_MS = 15_000;

export function CanteenDeliveriesPage() {
  useEffect(() => {
    const stop = [deliveries.watch(), welfareAlerts.watch()];
    const timer = setInterval(() => void Promise.all([deliveries.reload(), welfareAlerts.reload()]), REFRESH_MS);
    return () => (stop.forEach((s) => s()), clearInterval(timer));
  }, []);
  return (
    <CanteenFrame title={t("deliveries.title")}>
      {(id) => (
        <>
          <section aria-labelledby="alerts-title" class="alerts-panel">
            <h2 id="alerts-title">{t("alerts.title")}</h2>
            <p>{t("alerts.help")}</p>
            <ResourceView of={welfareAlerts}>{(list) => <WelfareAlerts communityId={id} alerts={list} />}</ResourceView>
          </section>
          <DayPicker />
          <section aria-labelledby="round-title">
            <h2 id="round-title">
              {listDate.value ? t("deliveries.titleOn", { date: listDate.value }) : t("deliveries.title")}
            </h2>
            <p class="notice">{t("deliveries.help")}</p>
            <ResourceView of={deliveries}>{(grids) => <DeliveryList communityId={id} grids={grids} />}</ResourceView>
          </section>
        </>
      )}
    </CanteenFrame>
  );
}
