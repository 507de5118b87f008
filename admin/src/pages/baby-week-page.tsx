import { useEffect } from "preact/hooks";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { BabyFrame } from "../components/baby-frame/baby-frame";
import { ResourceView } from "../components/resource-view/resource-view";
import { useAction } from "../hooks/use-action";
import { t } from "../i18n";
import { addDays, mondayOf, todayIn } from "../lib/local-date";
import { babyDoor, babyInRoom, babyMonday, babyWeek, makeWeek } from "../models/baby-room";
import { community } from "../models/community";

const zone = () => community.value?.timeZone ?? "Asia/Shanghai";
const when = (iso: string) =>
  new Intl.DateTimeFormat("zh-CN", {
    timeZone: zone(),
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));

/** The week's sessions with places taken, who is in the room now, and the door's record. */
export function BabyWeekPage() {
  useEffect(() => {
    babyMonday.value ??= mondayOf(todayIn(zone()));
    const stop = [babyWeek.watch(), babyInRoom.watch(), babyDoor.watch()];
    return () => stop.forEach((s) => s());
  }, []);
  const make = useAction();
  const monday = babyMonday.value;
  return (
    <BabyFrame title={t("baby.week.title")}>
      {(id) => (
        <>
          <div class="button-row">
            <button type="button" onClick={() => monday && (babyMonday.value = addDays(monday, -7))}>
              {t("baby.week.prev")}
            </button>
            <strong>{monday}</strong>
            <button type="button" onClick={() => monday && (babyMonday.value = addDays(monday, 7))}>
              {t("baby.week.next")}
            </button>
            <button
              type="button"
              disabled={make.busy.value || !monday}
              onClick={() =>
                make.run(async () => {
                  await makeWeek(id, monday!);
                  return t("baby.week.made", { monday: monday! });
                })
              }
            >
              {t("baby.week.make")}
            </button>
          </div>
          <ActionFeedback action={make} />
          <ResourceView of={babyWeek}>
            {(week) =>
              week.sessions.length === 0 ? (
                <p>{t("baby.week.none")}</p>
              ) : (
                <table class="baby-week">
                  <thead>
                    <tr>
                      <th scope="col">{t("baby.week.when")}</th>
                      <th scope="col">{t("baby.week.type")}</th>
                      <th scope="col">{t("baby.week.caregivers")}</th>
                      <th scope="col">{t("baby.week.taken")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {week.sessions.map((s) => (
                      <tr key={s.id}>
                        <td>{when(s.startsAt)}</td>
                        <td>{s.name}</td>
                        <td>{s.caregivers}</td>
                        <td>
                          {s.taken} / {s.capacity}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            }
          </ResourceView>
          <h2>{t("baby.inRoom.title")}</h2>
          <ResourceView of={babyInRoom}>
            {(rows) =>
              rows.length === 0 ? (
                <p>{t("baby.inRoom.none")}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("baby.inRoom.child")}</th>
                      <th scope="col">{t("baby.inRoom.since")}</th>
                      <th scope="col">{t("baby.inRoom.by")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.bookingId}>
                        <td>{r.childName}</td>
                        <td>{r.checkedInAt ? when(r.checkedInAt) : ""}</td>
                        <td>{r.byName ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            }
          </ResourceView>
          <h2>{t("baby.door.title")}</h2>
          <ResourceView of={babyDoor}>
            {(events) => (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("baby.door.at")}</th>
                    <th scope="col">{t("baby.door.kind")}</th>
                    <th scope="col">{t("baby.door.child")}</th>
                    <th scope="col">{t("baby.door.by")}</th>
                    <th scope="col">{t("baby.door.detail")}</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((e) => (
                    <tr key={e.id}>
                      <td>{when(e.at)}</td>
                      <td>{t(`baby.door.kind.${e.kind}`)}</td>
                      <td>{e.childName ?? ""}</td>
                      <td>{e.byPickupCode ? t("baby.door.pickupCode") : (e.byName ?? "")}</td>
                      <td>
                        {[e.temperature === null ? "" : `${e.temperature.toFixed(1)} °C`, ...e.symptoms, e.reason ?? ""]
                          .filter(Boolean)
                          .join(" · ")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </ResourceView>
        </>
      )}
    </BabyFrame>
  );
}
