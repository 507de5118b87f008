import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ErrorMessage } from "@ui/error-message";
import { AreaLoad } from "../components/load-state/area-load";
import { bt } from "../baby/i18n";
import { ageText, babyErrorWording } from "../baby/words";
import { BabyBookings } from "../components/baby-room/baby-bookings";
import { BabyInRoom, BabyPickup } from "../components/baby-room/baby-door";
import { BabySessions } from "../components/baby-room/baby-sessions";
import { i18n, locale, t } from "../i18n";
import {
  babyBrowse,
  babyBusy,
  babyCheckIn,
  babyChildId,
  babyLoad,
  babyNotice,
  babyOverview,
  babyPickup,
  openBabyRoom,
  type BabyChild,
  type BabySession,
} from "../models/baby-room";
import { DoneButton } from "../components/done-button/done-button";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { ScrollFrame } from "../components/scroll-frame/scroll-frame";
import { speak } from "../models/speech";
import { paths } from "../paths";
import "./baby-room-page.css";

/**
 * The baby room for an identified guardian: pick a child (free sessions left), the child's own
 * bookings (cancel, check in with the questions, take home), the sessions to book in big cards,
 * and at the room's door the children in the room. One KioskScreen: the children on the side, what
 * to do in a ScrollFrame, the ways out at the bottom. Loaded only when 宝宝屋 is tapped.
 */
export function BabyRoomPage() {
  const { route } = useLocation();
  useEffect(() => void openBabyRoom(), []);
  const load = babyLoad.value;
  const overview = babyOverview.value;
  const lang = locale.value;
  useEffect(() => {
    if (load.kind === "ready") speak(bt("baby.speech"), lang);
  }, [load.kind, lang]);
  const notice = babyNotice.value;
  useEffect(() => {
    if (notice?.kind === "done") speak(notice.text(), lang);
  }, [notice, lang]);
  const child = overview?.children.find((c) => c.id === babyChildId.value) ?? null;
  return (
    <KioskScreen
      class="baby-room-page kind-baby_room"
      titleId="baby-title"
      title={t("facility.baby_room")}
      side={
        <div class="baby-children" role="group" aria-label={bt("baby.pickChild")}>
          {load.kind === "ready" &&
            overview?.children.map((c) => (
              <button
                key={c.id}
                type="button"
                class={`big-button baby-child${c.id === child?.id ? " selected" : ""}`}
                aria-pressed={c.id === child?.id}
                onClick={() => (babyChildId.value = c.id)}
              >
                <span class="baby-child-name">{c.name}</span>
                <span>{ageText(c.ageMonths)}</span>
                <span>{c.allowance.left > 0 ? bt("baby.free", { left: c.allowance.left }) : bt("baby.freeNone")}</span>
              </button>
            ))}
        </div>
      }
      nav={
        <>
          <button type="button" class="big-button" onClick={() => route(paths.home)}>
            {bt("baby.back")}
          </button>
          <DoneButton />
        </>
      }
    >
      <AreaLoad
        load={load}
        loading={bt("baby.loading")}
        retry={() => void openBabyRoom()}
        retryLabel={bt("baby.retry")}
        wording={babyErrorWording}
      />
      {babyBusy.value && (
        <p class="baby-working" role="status">
          {bt("baby.working")}
        </p>
      )}
      {notice?.kind === "done" && (
        <p class="baby-notice" role="status">
          {notice.text()}
        </p>
      )}
      {notice?.kind === "error" && <ErrorMessage error={notice.error} i18n={i18n} wording={babyErrorWording} />}
      {load.kind === "ready" && overview && (
        <ScrollFrame class="baby-main">
          {overview.children.length === 0 && <p>{bt("baby.noChildren")}</p>}
          {child && <ChildScreen child={child} atTheRoom={overview.atTheRoom} sessions={overview.sessions} />}
          <BabyInRoom />
        </ScrollFrame>
      )}
    </KioskScreen>
  );
}

/**
 * One task at a time, so nothing scrolls: the entry questions or a pickup code take the screen;
 * with the child in the room at its door, taking the child home comes first and the sessions are
 * one tap away; otherwise the child's bookings and the sessions to book.
 */
function ChildScreen({
  child,
  atTheRoom,
  sessions,
}: {
  child: BabyChild;
  atTheRoom: boolean;
  sessions: BabySession[];
}) {
  const inRoomHere = atTheRoom && child.bookings.some((b) => b.status === "checked_in");
  const focused = babyCheckIn.value !== null || babyPickup.value?.childId === child.id;
  const browsing = inRoomHere && babyBrowse.value;
  return (
    <>
      {!browsing && <BabyBookings child={child} />}
      {!browsing && inRoomHere && <BabyPickup child={child} />}
      {inRoomHere && !focused && (
        <button type="button" class="big-button wide" onClick={() => (babyBrowse.value = !browsing)}>
          {browsing ? bt("baby.backToPickup") : bt("baby.browseSessions")}
        </button>
      )}
      {!focused && (!inRoomHere || browsing) && <BabySessions child={child} sessions={sessions} />}
    </>
  );
}
