import { useSignal } from "@preact/signals";
import { RunButton } from "../components/run-button/run-button";
import { useEffect } from "preact/hooks";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { BabyFrame } from "../components/baby-frame/baby-frame";
import { OpenSession, type WeekSession } from "../components/baby-room/session-editor";
import { DataTable } from "../components/data-table/data-table";
import { ResourceView } from "../components/resource-view/resource-view";
import { useAction } from "../hooks/use-action";
import { t } from "../i18n";
import { addDays, mondayOf, todayIn } from "../lib/local-date";
import { babyDoor, babyInRoom, babyMonday, babySetup, babyWeek, makeWeek } from "../models/baby-room";
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

/** The week's sessions with places taken (each to change or cancel), who is in the room now, and the door's record. */
export function BabyWeekPage() {
  useEffect(() => {
    babyMonday.value ??= mondayOf(todayIn(zone()));
    const stop = [babyWeek.watch(), babyInRoom.watch(), babyDoor.watch(), babySetup.watch()];
    return () => stop.forEach((s) => s());
  }, []);
  const make = useAction();
  const open = useSignal<{ mode: "edit" | "remove"; session: WeekSession } | null>(null);
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
            <RunButton
              action={make}
              disabled={!monday}
              run={async () => {
                await makeWeek(id, monday!);
                return t("baby.week.made", { monday: monday! });
              }}
            >
              {t("baby.week.make")}
            </RunButton>
          </div>
          <ActionFeedback action={make} />
          <ResourceView of={babyWeek}>
            {(week) => (
              <DataTable
                caption={t("baby.week.title")}
                class="baby-week"
                columns={[
                  t("baby.week.when"),
                  t("baby.week.type"),
                  t("baby.week.caregivers"),
                  t("baby.week.taken"),
                  t("baby.week.actions"),
                ]}
                rows={week.sessions}
                empty={t("baby.week.none")}
                row={(s) => (
                  <tr key={s.id}>
                    <td>{when(s.startsAt)}</td>
                    <td>{s.name}</td>
                    <td>{s.caregivers}</td>
                    <td>
                      {s.cancelled ? (
                        t("baby.week.cancelled")
                      ) : (
                        <>
                          {s.taken} / {s.capacity}
                        </>
                      )}
                    </td>
                    <td>
                      {/* The API refuses a session that has started (by its clock, not the browser's). */}
                      {!s.cancelled && (
                        <>
                          <button type="button" onClick={() => (open.value = { mode: "edit", session: s })}>
                            {t("baby.week.edit", { when: when(s.startsAt) })}
                          </button>{" "}
                          <button
                            type="button"
                            class="secondary danger"
                            onClick={() => (open.value = { mode: "remove", session: s })}
                          >
                            {t("baby.week.remove", { when: when(s.startsAt) })}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                )}
              />
            )}
          </ResourceView>
          {open.value && (
            <OpenSession
              key={open.value.session.id}
              mode={open.value.mode}
              communityId={id}
              session={open.value.session}
              when={when(open.value.session.startsAt)}
              timeZone={zone()}
              types={babySetup.data.value?.types ?? []}
              onClose={() => (open.value = null)}
            />
          )}
          <h2>{t("baby.inRoom.title")}</h2>
          <ResourceView of={babyInRoom}>
            {(rows) => (
              <DataTable
                caption={t("baby.inRoom.title")}
                columns={[t("baby.inRoom.child"), t("baby.inRoom.since"), t("baby.inRoom.by")]}
                rows={rows}
                empty={t("baby.inRoom.none")}
                row={(r) => (
                  <tr key={r.bookingId}>
                    <td>{r.childName}</td>
                    <td>{r.checkedInAt ? when(r.checkedInAt) : ""}</td>
                    <td>{r.byName ?? ""}</td>
                  </tr>
                )}
              />
            )}
          </ResourceView>
          <h2>{t("baby.door.title")}</h2>
          <ResourceView of={babyDoor}>
            {(events) => (
              <DataTable
                caption={t("baby.door.title")}
                columns={[
                  t("baby.door.at"),
                  t("baby.door.kind"),
                  t("baby.door.child"),
                  t("baby.door.by"),
                  t("baby.door.detail"),
                ]}
                rows={events}
                row={(e) => (
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
                )}
              />
            )}
          </ResourceView>
        </>
      )}
    </BabyFrame>
  );
}
