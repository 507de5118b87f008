import { joinWaitlist } from "../../models/study-acts";
import { studyDay, type StudyDay } from "../../models/study-day";
import { chooseDate, chooseLength, chooseStart, studyChoice, studyPlan } from "../../models/study-flow";
import { noSeatFree, type Range } from "../../study/seat-plan";
import { clockTime, monthDay } from "../../study/time";
import { dayName, lengthText, whenText } from "../../study/words";
import { ChoiceRow } from "../choice-row/choice-row";
import { SeatMap } from "../seat-map/seat-map";
import { st } from "../../study/i18n";

const iso = (ms: number) => new Date(ms).toISOString();

/** 预约座位: a day, a start, a length, then a seat on the map; the waitlist when every seat is taken. */
export function StudyBooking() {
  const day = studyDay.value!;
  const chosenDate = studyChoice.value.date ?? day.dates[0] ?? day.date;
  const dates = day.dates.map((d) => ({
    value: d,
    key: d,
    label: (
      <>
        <span>{dayName(d)}</span>
        <span class="choice-small">{monthDay(d)}</span>
      </>
    ),
  }));
  return (
    <section class="study-section study-book" aria-labelledby="study-book-title">
      <h2 id="study-book-title">{st("study.book.title")}</h2>
      <ChoiceRow
        id="study-date"
        label={st("study.book.date")}
        choices={dates}
        chosen={chosenDate}
        onChoose={(d) => void chooseDate(d)}
      />
      {chosenDate !== day.date ? <p role="status">{st("study.book.loadingDay")}</p> : <DayPlan day={day} />}
    </section>
  );
}

function DayPlan({ day }: { day: StudyDay }) {
  const plan = studyPlan.value;
  if (!day.opening) return <p class="study-lead">{st("study.book.closedDay")}</p>;
  if (!plan?.starts.length) return <p class="study-lead">{st("study.book.noTimes")}</p>;
  return (
    <>
      {day.closures.map((c) => (
        <p key={c.startsAt} class="study-closure">
          {st("study.book.closure", { when: whenText(c.startsAt, c.endsAt), reason: c.reason })}
        </p>
      ))}
      <ChoiceRow
        id="study-start"
        many
        label={st("study.book.start")}
        chosen={plan.start}
        onChoose={chooseStart}
        choices={plan.starts.map((s) => ({ value: s, key: clockTime(iso(s)), label: clockTime(iso(s)) }))}
      />
      <ChoiceRow
        id="study-length"
        label={st("study.book.length")}
        chosen={plan.length}
        onChoose={chooseLength}
        choices={plan.lengths.map((m) => ({ value: m, key: String(m), label: lengthText(m) }))}
      />
      <p class="study-hint">{st("study.book.limit", { hours: day.policy.minutesPerDay / 60 })}</p>
      {plan.range && <SeatsFor day={day} range={plan.range} />}
    </>
  );
}

function SeatsFor({ day, range }: { day: StudyDay; range: Range }) {
  const when = whenText(iso(range.startsAt), iso(range.endsAt));
  const inLine = day.waitlist.some(
    (w) => Date.parse(w.startsAt) === range.startsAt && Date.parse(w.endsAt) === range.endsAt,
  );
  return (
    <div class="study-seats">
      <h3 class="study-seats-title">{st("study.book.mapFor", { when })}</h3>
      {noSeatFree(day, range) ? (
        <div class="study-full">
          <p>{st(inLine ? "study.book.inLine" : "study.book.full")}</p>
          {!inLine && (
            <button type="button" class="big-button primary" onClick={() => void joinWaitlist()}>
              {st("study.book.joinWaitlist")}
            </button>
          )}
        </div>
      ) : (
        <p class="study-lead">{st("study.book.map")}</p>
      )}
      <SeatMap seats={day.seats} range={range} />
    </div>
  );
}
