import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { MySeat } from "../components/study-my-seat/my-seat";
import { canCheckInNow } from "../components/study-my-seat/booking-card";
import { StudyBooking } from "../components/study-booking/study-booking";
import { StudyNoticeBar } from "../components/study-notice/study-notice";
import { WalkIn } from "../components/study-walk-in/walk-in";
import { locale, t } from "../i18n";
import { AreaLoad } from "../components/load-state/area-load";
import { endSession } from "../models/kiosk-session";
import { speak } from "../models/speech";
import { studyDay, type StudyDay } from "../models/study-day";
import { openStudyRoom, refreshStudyDay, studyBusy, studyLoad } from "../models/study-flow";
import { paths } from "../paths";
import { studyErrorWording, whenText } from "../study/words";
import { st } from "../study/i18n";
import "./study-room-page.css";

const REFRESH_MS = 30_000;

/**
 * The study room for the identified resident: her own seat first (check in, 暂离, leave, offers),
 * then 现在就坐 at the room's kiosk, then booking on the seat map. Loaded only when she taps 自习室.
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
  // Done clears the screen first, then ends the session, as the session screen's done does.
  const done = () => {
    route(paths.home, true);
    void endSession();
  };
  const seated = day?.mine.some((b) => b.status === "checked_in");
  return (
    <section class="study-room-page kind-study_room" aria-labelledby="study-title">
      <h1 id="study-title">{t("facility.study_room")}</h1>
      <AreaLoad
        load={load}
        loading={st("study.loading")}
        retry={() => void openStudyRoom()}
        retryLabel={st("study.retry")}
        wording={studyErrorWording}
      />
      {load.kind === "ready" && day && (
        <>
          <StudyNoticeBar />
          <MySeat />
          {day.atThisRoom && !seated && !day.ban && <WalkIn />}
          <StudyBooking />
        </>
      )}
      <div class="study-nav">
        <button type="button" class="big-button" onClick={() => route(paths.home)}>
          {st("study.back")}
        </button>
        <button type="button" class="big-button primary" onClick={done}>
          {st("study.done")}
        </button>
      </div>
    </section>
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
