import { leaveWaitlist } from "../../models/study-acts";
import { studyDay } from "../../models/study-day";
import { dateTimeWords } from "../../study/time";
import { whenText } from "../../study/words";
import { BookingCard } from "./booking-card";
import { st } from "../../study/i18n";
import "./my-seat.css";

/** First on the page: the person's own bookings, offers, place in line, and any pause on booking. */
export function MySeat() {
  const day = studyDay.value!;
  const empty = !day.mine.length && !day.waitlist.length && !day.ban;
  return (
    <section class="study-section study-my-seat" aria-labelledby="study-mine-title">
      <h2 id="study-mine-title">{st("study.mine.title")}</h2>
      {day.ban && <p class="study-ban alert-box">{st("study.ban", { until: dateTimeWords(day.ban.until) })}</p>}
      {day.mine.map((b) => (
        <BookingCard key={b.id} booking={b} />
      ))}
      {day.waitlist.map((w) => (
        <article key={w.id} class="study-booking is-waiting" data-state="waiting" aria-labelledby={`line-${w.id}`}>
          <p id={`line-${w.id}`} class="study-booking-when">
            {st("study.waiting", { when: whenText(w.startsAt, w.endsAt), position: w.position })}
          </p>
          <p>{st("study.waitingHint")}</p>
          <button type="button" class="big-button" onClick={() => void leaveWaitlist(w.id)}>
            {st("study.leaveLine")}
          </button>
        </article>
      ))}
      {empty && <p class="study-none">{st("study.mine.none")}</p>}
    </section>
  );
}
