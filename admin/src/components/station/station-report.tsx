import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { addDays, todayIn } from "../../lib/local-date";
import { weekdayName } from "../../lib/weekday-name";
import { t } from "../../i18n";
import { entriesFor, showerBoard, stationCouriers, visitsCsvHref } from "../../models/station";
import { DataTable } from "../data-table/data-table";
import { ResourceView } from "../resource-view/resource-view";
import "./station-report.css";

type Key = Parameters<typeof t>[0];
type Entries = Awaited<ReturnType<typeof entriesFor>>;

/** A bar in words and width: the figure is always written beside it, the bar only helps the eye. */
const Bar = ({ n, max }: { n: number; max: number }) => (
  <span class="station-bar" style={{ inlineSize: `${max ? Math.round((n / max) * 100) : 0}%` }} aria-hidden="true" />
);

/** Showers and their queue, couriers with their status, entries by hour and weekday, and the month's CSV. */
export function StationReport({ timeZone }: { timeZone: string }) {
  const entries = useSignal<Entries | null>(null);
  const today = todayIn(timeZone);
  useEffect(() => {
    const stop = [showerBoard.watch(), stationCouriers.watch()];
    void entriesFor(addDays(today, -27), today).then((e) => (entries.value = e));
    return () => {
      for (const s of stop) s();
    };
  }, []);
  const e = entries.value;
  return (
    <>
      <section aria-labelledby="station-showers">
        <h2 id="station-showers">{t("station.showers")}</h2>
        <ResourceView of={showerBoard}>
          {(b) => (
            <>
              <DataTable
                caption={t("station.showers")}
                columns={[t("station.shower"), t("station.showerState"), t("station.nextFree")]}
                rows={b.showers}
                row={(s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.label}</th>
                    <td>{t(`station.showerState.${s.state}` as Key)}</td>
                    <td>{s.nextStart ? new Date(s.nextStart).toLocaleTimeString("zh-CN", { timeZone }) : "—"}</td>
                  </tr>
                )}
              />
              <p>{t("station.queue", { n: b.queue.waiting })}</p>
            </>
          )}
        </ResourceView>
      </section>
      <section aria-labelledby="station-couriers">
        <h2 id="station-couriers">{t("station.couriers")}</h2>
        <ResourceView of={stationCouriers}>
          {(list) => (
            <DataTable
              caption={t("station.couriers")}
              columns={[t("station.name"), t("station.phone"), t("station.platform"), t("station.status")]}
              rows={list}
              row={(c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.phone}</td>
                  <td>{t(`station.platform.${c.platform}` as Key)}</td>
                  <td>{t(`station.status.${c.status}` as Key)}</td>
                </tr>
              )}
            />
          )}
        </ResourceView>
      </section>
      <section aria-labelledby="station-entries">
        <h2 id="station-entries">{t("station.entries", { from: addDays(today, -27), to: today })}</h2>
        <p>
          <a href={visitsCsvHref(today.slice(0, 7))} download>
            {t("station.csv", { month: today.slice(0, 7) })}
          </a>
        </p>
        {e && (
          <div class="station-charts">
            <DataTable
              caption={t("station.byHour")}
              showCaption
              columns={[t("station.hour"), { label: t("station.count"), num: true }, t("station.bar")]}
              rows={e.byHour.map((n, hour) => ({ n, hour }))}
              row={({ n, hour }) => (
                <tr key={hour}>
                  <th scope="row">{`${String(hour).padStart(2, "0")}:00`}</th>
                  <td class="num">{n}</td>
                  <td>
                    <Bar n={n} max={Math.max(...e.byHour)} />
                  </td>
                </tr>
              )}
            />
            <DataTable
              caption={t("station.byWeekday")}
              showCaption
              columns={[t("station.weekday"), { label: t("station.count"), num: true }, t("station.bar")]}
              rows={e.byWeekday.map((n, i) => ({ n, day: i + 1 }))}
              row={({ n, day }) => (
                <tr key={day}>
                  <th scope="row">{weekdayName(day)}</th>
                  <td class="num">{n}</td>
                  <td>
                    <Bar n={n} max={Math.max(...e.byWeekday)} />
                  </td>
                </tr>
              )}
            />
          </div>
        )}
      </section>
    </>
  );
}
