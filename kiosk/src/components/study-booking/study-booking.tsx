import { joinWaitlist } from "../../models/study-acts";
import { studyDay, type StudyDay } from "../../models/study-day";
import {
  chooseDate,
  chooseLength,
  chooseStart,
  showStudyScreen,
  studyChoice,
  studyPlan,
} from "../../models/study-flow";
import { noSeatFree, type Range } from "../../study/seat-plan";
import { clockTime, monthDay } from "../../study/time";
import { dayName, lengthText, whenText } from "../../study/words";
import { ChoiceRow } from "../choice-row/choice-row";
import { ScrollFrame } from "../scroll-frame/scroll-frame";
import { SeatMap } from "../seat-map/seat-map";
import { st } from "../../study/i18n";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * 预约座位: the seat map for a time, which is the one decision here; the time (today, the next
 * start, two hours, unless she changed it) says itself above the map with a button to change it.
 */
export function StudyBooking() {
  const day = studyDay.value!;
  const plan = studyPlan.value;
  const chosenDate = studyChoice.value.date ?? day.dates[0] ?? day.date;
  return (
    <section class="study-section study-book" aria-labelledby="study-book-title">
      <h2 id="study-book-title">{st("study.book.title")}</h2>
      {chosenDate !== day.date ? (
        <p role="status">{st("study.book.loadingDay")}</p>
      ) : !day.opening ? (
        <NoTimes text={st("study.book.closedDay")} />
      ) : !plan?.range ? (
        <NoTimes text={st("study.book.noTimes")} />
      ) : (
        <SeatsFor day={day} range={plan.range} />
      )}
    </section>
  );
}

const NoTimes = ({ text }: { text: string }) => (
  <>
    <p class="study-lead">{text}</p>
    <ChangeTime />
  </>
);

const ChangeTime = () => (
  <button type="button" class="big-button study-change-time" onClick={() => showStudyScreen("when")}>
    {st("study.when.change")}
  </button>
);

/** The time picker booking opens on 改时间: a day, a start, a length, then back to the map. */
export function StudyWhen() {
  const day = studyDay.value!;
  const chosenDate = studyChoice.value.date ?? day.dates[0] ?? day.date;
  const plan = studyPlan.value;
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
  const ready = chosenDate === day.date;
  return (
    <section class="study-section study-when" aria-labelledby="study-when-title">
      <h2 id="study-when-title">{st("study.book.title")}</h2>
      <ChoiceRow
        id="study-date"
        label={st("study.book.date")}
        choices={dates}
        chosen={chosenDate}
        onChoose={(d) => void chooseDate(d)}
      />
      {!ready ? (
        <p role="status">{st("study.book.loadingDay")}</p>
      ) : !day.opening ? (
        <p class="study-lead">{st("study.book.closedDay")}</p>
      ) : !plan?.starts.length ? (
        <p class="study-lead">{st("study.book.noTimes")}</p>
      ) : (
        <>
          {day.closures.map((c) => (
            <p key={c.startsAt} class="study-closure">
              {st("study.book.closure", { when: whenText(c.startsAt, c.endsAt), reason: c.reason })}
            </p>
          ))}
          <ScrollFrame class="study-starts">
            <ChoiceRow
              id="study-start"
              many
              label={st("study.book.start")}
              chosen={plan.start}
              onChoose={chooseStart}
              choices={plan.starts.map((s) => ({ value: s, key: clockTime(iso(s)), label: clockTime(iso(s)) }))}
            />
          </ScrollFrame>
          <ChoiceRow
            id="study-length"
            label={st("study.book.length")}
            chosen={plan.length}
            onChoose={chooseLength}
            choices={plan.lengths.map((m) => ({ value: m, key: String(m), label: lengthText(m) }))}
          />
          <p class="study-hint">{st("study.book.limit", { hours: day.policy.minutesPerDay / 60 })}</p>
        </>
      )}
      <button
        type="button"
        class="big-button primary study-when-ok"
        disabled={!ready || !plan?.range}
        onClick={() => showStudyScreen("book")}
      >
        {st("study.when.ok")}
      </button>
    </section>
  );
}

function SeatsFor({ day, range }: { day: StudyDay; range: Range }) {
  const when = whenText(iso(range.startsAt), iso(range.endsAt));
  const inLine = day.waitlist.some(
    (w) => Date.parse(w.startsAt) === range.startsAt && Date.parse(w.endsAt) === range.endsAt,
  );
  return (
    <div class="study-seats">
      <div class="study-seats-head">
        <h3 class="study-seats-title">{st("study.book.mapFor", { when })}</h3>
        <ChangeTime />
      </div>
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
      <ScrollFrame class="study-map-frame">
        <SeatMap seats={day.seats} range={range} />
      </ScrollFrame>
    </div>
  );
}
