import { useEffect } from "preact/hooks";
import { CanteenFrame } from "../components/canteen-frame/canteen-frame";
import { DayPicker } from "../components/canteen-today/day-picker";
import { CounterTable } from "../components/canteen-today/counter-table";
import { ProductionTable } from "../components/canteen-today/production-table";
import { ResourceView } from "../components/resource-view/resource-view";
import { locale, t } from "../i18n";
import { listDate, production, refreshToday, refreshedAt, tickets } from "../models/canteen";

// The kitchen and the counter work from this screen through the service: keep it current.
const REFRESH_MS = 15_000;

export function CanteenTodayPage() {
  useEffect(() => {
    const stop = [production.watch(), tickets.watch()];
    refreshedAt.value = new Date();
    const timer = setInterval(() => void refreshToday(), REFRESH_MS);
    return () => (stop.forEach((s) => s()), clearInterval(timer));
  }, []);
  return (
    <CanteenFrame title={t("today.title")}>
      {(id) => (
        <>
          <p class="refresh-line">
            {refreshedAt.value && t("today.refreshed", { time: refreshedAt.value.toLocaleTimeString(locale.value) })}{" "}
            <button type="button" class="secondary" onClick={() => void refreshToday()}>
              {t("today.refresh")}
            </button>
          </p>
          <DayPicker />
          <section aria-labelledby="production-title">
            <h2 id="production-title">
              {listDate.value ? t("today.productionOn", { date: listDate.value }) : t("today.production")}
            </h2>
            <ResourceView of={production}>{(items) => <ProductionTable items={items} />}</ResourceView>
          </section>
          {/* The counter hands over today's meals; a day ahead has its kitchen list only. */}
          {!listDate.value && (
            <section aria-labelledby="counter-title">
              <h2 id="counter-title">{t("today.counter")}</h2>
              <ResourceView of={tickets}>{(list) => <CounterTable communityId={id} tickets={list} />}</ResourceView>
            </section>
          )}
        </>
      )}
    </CanteenFrame>
  );
}
