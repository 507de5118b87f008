import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { DoneButton } from "../components/done-button/done-button";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { AreaLoad } from "../components/load-state/area-load";
import { ScrollFrame } from "../components/scroll-frame/scroll-frame";
import { StudyBooking, StudyWhen } from "../components/study-booking/study-booking";
import { MySeat } from "../components/study-my-seat/my-seat";
import { StudyNoticeBar } from "../components/study-notice/study-notice";
import { WalkIn } from "../components/study-walk-in/walk-in";
import { locale, t } from "../i18n";
import { speak } from "../models/speech";
import { canCheckInNow, studyDay, type StudyDay } from "../models/study-day";
import {
  openStudyRoom,
  refreshStudyDay,
  showStudyScreen,
  studyAsk,
  studyBusy,
  studyLoad,
  studyScreen,
  type StudyScreen,
} from "../models/study-flow";
import { paths } from "../paths";
import { st } from "../study/i18n";
import { studyErrorWording, whenText } from "../study/words";
import "./study-room-page.css";

const REFRESH_MS = 30_000;

const canWalkIn = (day: StudyDay) => day.atThisRoom && !day.ban && !day.mine.some((b) => b.status === "checked_in");

/** What matters to her now: her own seat if she has anything, else sitting down here, else booking. */
function firstScreen(day: StudyDay): StudyScreen {
  if (day.mine.length || day.waitlist.length || day.ban) return "mine";
  return canWalkIn(day) ? "now" : "book";
}

/**
 * The study room for the identified resident in three short screens, each one decision: 我的座位
 * (check in, 暂离, leave, offers), 现在就坐 at the room's own kiosk, and 预约座位 (the map for a
 * time, and the time picker behind 改时间). Loaded only when she taps 自习室.
 */
export function StudyRoomPage() {
  const { route } = useLocation();
  useEffect(() => void openStudyRoom(), []);
  // A check-in opening or a seat offered while she stands here shows without a tap.
  useEffect(() => {
    const timer = setInterval(() => studyBusy.peek() || void refreshStudyDay(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const load = studyLoad.value;
  const day = studyDay.value;
  const lang = locale.value;
  useEffect(() => {
    if (load.kind === "ready" && studyDay.peek()) speak(openingSpeech(studyDay.peek()!), lang);
  }, [load.kind, lang]);
  const ready = load.kind === "ready" && day;
  let screen = ready ? (studyScreen.value ?? firstScreen(day)) : null;
  if (screen === "now" && day && !canWalkIn(day)) screen = "mine";
  return (
    <KioskScreen
      class="study-room-page kind-study_room"
      titleId="study-title"
      title={t("facility.study_room")}
      side={
        <>
          {ready && <StudyTabs day={day} screen={screen!} />}
          <StudyNoticeBar />
        </>
      }
      nav={
        <>
          <button type="button" class="big-button" onClick={() => route(paths.home)}>
            {st("study.back")}
          </button>
          {/* A seat tapped and not yet booked: 完成 asks before dropping it. */}
          <DoneButton
            unfinished={studyAsk.value?.kind === "book"}
            ask={st("study.doneAsk")}
            hint={st("study.doneAskHint")}
          />
        </>
      }
    >
      <AreaLoad
        load={load}
        loading={st("study.loading")}
        retry={() => void openStudyRoom()}
        retryLabel={st("study.retry")}
        wording={studyErrorWording}
      />
      {ready && screen === "mine" && (
        <ScrollFrame>
          <MySeat />
        </ScrollFrame>
      )}
      {ready && screen === "now" && <WalkIn />}
      {ready && screen === "book" && <StudyBooking />}
      {ready && screen === "when" && <StudyWhen />}
    </KioskScreen>
  );
}

function StudyTabs({ day, screen }: { day: StudyDay; screen: StudyScreen }) {
  const tabs: { screen: StudyScreen; label: string }[] = [
    { screen: "mine", label: st("study.mine.title") },
    ...(canWalkIn(day) ? [{ screen: "now" as const, label: st("study.walkIn.title") }] : []),
    { screen: "book", label: st("study.book.title") },
  ];
  return (
    <div class="study-tabs" role="group" aria-label={st("study.screens")}>
      {tabs.map((tab) => {
        const on = tab.screen === screen || (tab.screen === "book" && screen === "when");
        return (
          <button
            key={tab.screen}
            type="button"
            class="big-button choice study-tab"
            data-screen={tab.screen}
            aria-pressed={on}
            onClick={() => showStudyScreen(tab.screen)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** What she hears first: the one thing to do now, if there is one, else what the room offers. */
function openingSpeech(day: StudyDay) {
  const offer = day.mine.find((b) => b.status === "held");
  if (offer) return st("study.speechOffer", { seat: offer.seatLabel, when: whenText(offer.startsAt, offer.endsAt) });
  const due = day.mine.find(canCheckInNow);
  if (due) return st("study.speechCheckIn", { seat: due.seatLabel });
  return st("study.speech");
}
