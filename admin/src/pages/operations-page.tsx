import { useEffect } from "preact/hooks";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { DataTable } from "../components/data-table/data-table";
import { OpsNav } from "../components/operations/ops-nav";
import { ResourceView } from "../components/resource-view/resource-view";
import { useAction } from "../hooks/use-action";
import { locale, t } from "../i18n";
import { communityId } from "../models/community";
import { acknowledgeAlert, live, type Live, type LiveAlert, mayOperate, resolveAlert } from "../models/operations";
import { paths } from "../paths";
import "../components/operations/operations.css";

// Live means fresh: read again while the page is open (the kiosks' silence is judged by the API's clock).
const REFRESH_MS = 15_000;

const clock = (iso: string) => new Intl.DateTimeFormat(locale.value, { timeStyle: "short" }).format(new Date(iso));

/** Today at every facility the role runs, on one screen: places, people inside, alerts, kiosks. */
export function OperationsPage() {
  useEffect(() => {
    const stop = live.watch();
    const timer = setInterval(() => void live.reload(), REFRESH_MS);
    return () => (stop(), clearInterval(timer));
  }, []);
  if (!mayOperate.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <h1>{t("ops.live.title")}</h1>
      <OpsNav current={paths.operations} />
      <ResourceView of={live}>{(now) => <LiveView communityId={id} now={now} />}</ResourceView>
    </>
  );
}

function LiveView({ communityId, now }: { communityId: string; now: Live }) {
  return (
    <>
      <p>{t("ops.live.date", { date: now.date, time: clock(now.at) })}</p>
      <AlertsSection communityId={communityId} alerts={now.alerts} />
      <div class="ops-grid">
        {now.canteen && (
          <section aria-labelledby="ops-canteen">
            <h2 id="ops-canteen">{t("ops.canteen")}</h2>
            <DataTable
              caption={t("ops.canteen")}
              columns={[
                t("ops.sitting"),
                t("ops.time"),
                { label: t("ops.capacity"), num: true },
                { label: t("ops.taken"), num: true },
                { label: t("ops.left"), num: true },
                t("ops.state"),
              ]}
              rows={now.canteen}
              row={(s) => (
                <tr key={s.name} data-sitting={s.name}>
                  <th scope="row">{t(`ops.sitting.${s.name}` as "ops.sitting.lunch")}</th>
                  <td>
                    {s.start}–{s.end}
                  </td>
                  <td class="num">{s.capacity}</td>
                  <td class="num">{s.taken}</td>
                  <td class="num" data-left>
                    {s.left}
                  </td>
                  <td>{s.closed ? t("ops.closedBecause", { reason: s.closed }) : t("ops.open")}</td>
                </tr>
              )}
            />
          </section>
        )}
        {now.studyRoom && (
          <section aria-labelledby="ops-study">
            <h2 id="ops-study">{t("ops.study")}</h2>
            <p class="ops-figure">
              {t("ops.studyInUse", {
                inUse: now.studyRoom.inUse,
                seats: now.studyRoom.seats,
                booked: now.studyRoom.bookedNow,
              })}
            </p>
          </section>
        )}
        {now.station && (
          <section aria-labelledby="ops-station">
            <h2 id="ops-station">{t("ops.station")}</h2>
            <DataTable
              caption={t("ops.station")}
              columns={[
                t("ops.zone"),
                { label: t("ops.inside"), num: true },
                { label: t("ops.capacity"), num: true },
                { label: t("ops.waiting"), num: true },
              ]}
              rows={now.station}
              row={(z) => (
                <tr key={z.zone}>
                  <th scope="row">{z.label}</th>
                  <td class="num">{z.inside}</td>
                  <td class="num">{z.capacity}</td>
                  <td class="num">{z.waiting}</td>
                </tr>
              )}
            />
          </section>
        )}
        {now.babyRoom && (
          <section aria-labelledby="ops-baby">
            <h2 id="ops-baby">{t("ops.baby")}</h2>
            <p class="ops-figure">{t("ops.babyInRoom", { count: now.babyRoom.inRoom })}</p>
          </section>
        )}
      </div>
      <section aria-labelledby="ops-kiosks">
        <h2 id="ops-kiosks">{t("ops.kiosks")}</h2>
        <DataTable
          caption={t("ops.kiosks")}
          columns={[
            t("ops.kiosk"),
            t("ops.facility"),
            t("ops.lastContact"),
            t("ops.version"),
            t("ops.lastError"),
            t("ops.state"),
          ]}
          rows={now.kiosks}
          row={(k) => (
            <tr key={k.id} data-kiosk={k.id}>
              <th scope="row">{k.name}</th>
              <td>{t(`facility.${k.facilityKind}` as "facility.canteen")}</td>
              <td>{k.lastSeenAt ? <time dateTime={k.lastSeenAt}>{clock(k.lastSeenAt)}</time> : t("ops.never")}</td>
              <td data-version>{k.appVersion ?? t("ops.unknown")}</td>
              <td data-last-error>
                {k.lastError ? (
                  <>
                    {k.lastError.at && <time dateTime={k.lastError.at}>{clock(k.lastError.at)}</time>}{" "}
                    <code class="ops-error">{k.lastError.message}</code>
                  </>
                ) : (
                  t("ops.noError")
                )}
              </td>
              <td class={k.silent ? "ops-warning" : undefined}>{k.silent ? t("ops.silent") : t("ops.fine")}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}

function AlertsSection({ communityId, alerts }: { communityId: string; alerts: LiveAlert[] }) {
  const action = useAction();
  const ack = (a: LiveAlert) =>
    action.run(async () => {
      await acknowledgeAlert(communityId, a);
      return t("ops.alert.acknowledgedDone", { where: a.where });
    });
  const resolve = (a: LiveAlert) =>
    action.run(async () => {
      await resolveAlert(communityId, a);
      return t("ops.alert.resolvedDone", { where: a.where });
    });
  return (
    <section aria-labelledby="ops-alerts">
      <h2 id="ops-alerts">{t("ops.alerts")}</h2>
      <DataTable
        caption={t("ops.alerts")}
        empty={t("ops.alertsNone")}
        action={action}
        columns={[t("ops.alert.kind"), t("ops.alert.where"), t("ops.alert.at"), t("ops.state"), t("ops.actions")]}
        rows={alerts}
        row={(a) => (
          <tr key={`${a.kind}:${a.id}`} data-alert={a.id}>
            <th scope="row" class={a.sos ? "ops-sos" : undefined}>
              {t(a.sos ? "ops.alert.sos" : (`ops.alert.${a.kind}` as const))}
            </th>
            <td>{a.where}</td>
            <td>
              <time dateTime={a.at}>{clock(a.at)}</time>
            </td>
            <td>
              {a.acknowledgedAt ? t("ops.alert.acknowledged", { time: clock(a.acknowledgedAt) }) : t("ops.alert.new")}
            </td>
            <td>
              <div class="ops-actions">
                {!a.acknowledgedAt && (
                  <button type="button" class="secondary" disabled={action.busy.value} onClick={() => ack(a)}>
                    {t("ops.alert.acknowledge")}
                  </button>
                )}
                <button type="button" disabled={action.busy.value} onClick={() => resolve(a)}>
                  {t("ops.alert.resolve")}
                </button>
              </div>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
