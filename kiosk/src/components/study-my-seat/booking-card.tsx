import { accept, askLeave, checkIn, comeBack, confirmLeave, decline, stepOut } from "../../models/study-acts";
import { canCheckInNow, studyDay, type MyBooking } from "../../models/study-day";
import { studyAsk } from "../../models/study-flow";
import { clockTime } from "../../study/time";
import { whenText } from "../../study/words";
import { st } from "../../study/i18n";

/** "away" is a checked-in booking whose person stepped out: said apart, with its own button. */
export const bookingState = (b: MyBooking) => (b.status === "checked_in" && b.awaySince ? "away" : b.status);

/** One booking of the person's own: where and when, its state in words, and what can be done now. */
export function BookingCard({ booking: b }: { booking: MyBooking }) {
  const state = bookingState(b);
  // At the room's own kiosk with check-in open, the card is mostly its 签到 button.
  const due = canCheckInNow(b);
  return (
    <article
      class={`study-booking is-${state}${due ? " is-due" : ""}`}
      data-seat={b.seatLabel}
      data-state={state}
      aria-labelledby={`booking-${b.id}`}
    >
      <h3 id={`booking-${b.id}`} class="study-booking-head">
        <span class="study-booking-seat">{b.seatLabel}</span>
        <span class="study-booking-status">{st(`study.status.${state}`)}</span>
      </h3>
      <p class="study-booking-when">{whenText(b.startsAt, b.endsAt)}</p>
      {b.notice?.kind === "moved" && (
        <p class="study-booking-notice">{st("study.notice.moved", { from: b.notice.fromLabel, seat: b.seatLabel })}</p>
      )}
      {b.notice?.kind === "cancelled" && (
        <p class="study-booking-notice">{st("study.notice.cancelled", { reason: b.notice.reason })}</p>
      )}
      <BookingActs booking={b} state={state} />
    </article>
  );
}

function BookingActs({ booking: b, state }: { booking: MyBooking; state: ReturnType<typeof bookingState> }) {
  const ask = studyAsk.value;
  if (ask?.kind === "leave" && ask.bookingId === b.id) return <LeaveQuestion booking={b} />;
  const window = { from: clockTime(b.checkInFrom), until: clockTime(b.checkInUntil) };
  switch (state) {
    case "held":
      return (
        <>
          {b.offerExpiresAt && <p>{st("study.offer", { time: clockTime(b.offerExpiresAt) })}</p>}
          <div class="study-row">
            <Act primary onClick={() => void accept(b)}>
              {st("study.accept")}
            </Act>
            <Act onClick={() => void decline(b)}>{st("study.decline")}</Act>
          </div>
        </>
      );
    case "confirmed":
      return (
        <>
          <p>{st(studyDay.value?.atThisRoom ? "study.checkInWindow" : "study.checkInAtRoom", window)}</p>
          <div class="study-row">
            {canCheckInNow(b) && (
              <Act primary onClick={() => void checkIn(b)}>
                {st("study.checkIn")}
              </Act>
            )}
            <Act onClick={() => askLeave(b.id)}>{st("study.cancel")}</Act>
          </div>
        </>
      );
    case "checked_in":
      return (
        <>
          <p>
            {st("study.seatedUntil", { end: clockTime(b.endsAt) })}{" "}
            {st("study.stepOutHint", { minutes: studyDay.value?.policy.awayMinutes ?? 0 })}
          </p>
          <div class="study-row">
            <Act onClick={() => void stepOut(b)}>{st("study.stepOut")}</Act>
            <Act onClick={() => askLeave(b.id)}>{st("study.leave")}</Act>
          </div>
        </>
      );
    case "away":
      return (
        <>
          {b.backBy && <p class="study-booking-back-by">{st("study.backBy", { time: clockTime(b.backBy) })}</p>}
          <div class="study-row">
            <Act primary onClick={() => void comeBack(b)}>
              {st("study.comeBack")}
            </Act>
            <Act onClick={() => askLeave(b.id)}>{st("study.leave")}</Act>
          </div>
        </>
      );
    default:
      return null;
  }
}

function LeaveQuestion({ booking: b }: { booking: MyBooking }) {
  const seated = b.status === "checked_in";
  return (
    <div class="study-ask alert-box" role="group" aria-labelledby={`leave-${b.id}`}>
      <p id={`leave-${b.id}`}>
        {seated
          ? st("study.leaveAsk", { seat: b.seatLabel })
          : st("study.cancelAsk", { seat: b.seatLabel, when: whenText(b.startsAt, b.endsAt) })}
      </p>
      <div class="study-row">
        <Act primary onClick={() => void confirmLeave(b)}>
          {st(seated ? "study.leaveYes" : "study.cancelYes")}
        </Act>
        <Act onClick={() => askLeave(null)}>{st("study.keep")}</Act>
      </div>
    </div>
  );
}

const Act = ({ primary, onClick, children }: { primary?: boolean; onClick: () => void; children: string }) => (
  <button type="button" class={primary ? "big-button primary" : "big-button"} onClick={onClick}>
    {children}
  </button>
);
