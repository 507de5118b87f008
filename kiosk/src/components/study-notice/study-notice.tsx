import { useEffect } from "preact/hooks";
import { i18n, locale } from "../../i18n";
import { ErrorMessage } from "@ui/error-message";
import { errorText } from "@ui/error-text";
import { studyBusy, studyNotice, type StudyNotice as Notice } from "../../models/study-flow";
import { speak } from "../../models/speech";
import { studyErrorWording } from "../../study/words";
import { SeatConfirm } from "../seat-map/seat-confirm";
import { st } from "../../study/i18n";
import "./study-notice.css";

/** The notice as one sentence, for the screen and for the voice. */
const studyNoticeText = (notice: Notice) =>
  "error" in notice ? errorText(i18n, notice.error, studyErrorWording).message : notice.said();

/**
 * What the last tap did, kept in view at the top of the screen however far down the tap was,
 * and said aloud: a result, a refusal in the study room's words, or that the kiosk is working;
 * and the question a tap on a free seat asks (at the top, clear of the call-staff bar below).
 */
export function StudyNoticeBar() {
  const notice = studyNotice.value;
  const lang = locale.value;
  useEffect(() => {
    if (notice) speak(studyNoticeText(notice), lang);
  }, [notice, lang]);
  return (
    <div class="study-notice-bar">
      {notice && "error" in notice ? (
        <ErrorMessage error={notice.error} i18n={i18n} wording={studyErrorWording} />
      ) : (
        <p class={notice || studyBusy.value ? "study-notice" : "study-notice is-empty"} role="status">
          {notice ? notice.said() : studyBusy.value ? st("study.working") : ""}
        </p>
      )}
      <SeatConfirm />
    </div>
  );
}
