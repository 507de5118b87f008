import { useEffect } from "preact/hooks";
import { locale } from "../../i18n";
import { confirmBooking } from "../../models/study-acts";
import { studyDay } from "../../models/study-day";
import { studyAsk, studyPlan } from "../../models/study-flow";
import { speak } from "../../models/speech";
import { whenText } from "../../study/words";
import { st } from "../../study/i18n";

/** "A3，今天 14:00–16:00，预约吗？" asked after a free seat is tapped, and said aloud. */
export function SeatConfirm() {
  const ask = studyAsk.value;
  const range = studyPlan.value?.range;
  const seat = ask?.kind === "book" ? studyDay.value?.seats.find((s) => s.id === ask.seatId) : undefined;
  const question =
    seat && range
      ? st("study.book.ask", {
          seat: seat.label,
          when: whenText(new Date(range.startsAt).toISOString(), new Date(range.endsAt).toISOString()),
        })
      : "";
  const lang = locale.value;
  useEffect(() => {
    if (question) speak(question, lang);
  }, [question, lang]);
  if (!seat) return null;
  return (
    <div class="seat-confirm" role="group" aria-labelledby="seat-confirm-question">
      <p id="seat-confirm-question" class="seat-confirm-question" aria-live="polite">
        {question}
      </p>
      <div class="study-row">
        <button type="button" class="big-button primary seat-confirm-yes" onClick={() => void confirmBooking()}>
          {st("study.book.yes")}
        </button>
        <button type="button" class="big-button" onClick={() => (studyAsk.value = null)}>
          {st("study.book.no")}
        </button>
      </div>
    </div>
  );
}
