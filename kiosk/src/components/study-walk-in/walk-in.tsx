import { walkIn } from "../../models/study-acts";
import { serverNow, studyDay, type SeatFeature, type StudyDay } from "../../models/study-day";
import { choosePrefer, studyChoice } from "../../models/study-flow";
import { SeatFeatureIcon } from "../seat-map/seat-icons";
import { ChoiceRow, type Choice } from "../choice-row/choice-row";
import { featureWord, lengthText, seatFeatures } from "../../study/words";
import { localDate } from "../../study/time";
import { st } from "../../study/i18n";

const WALK_IN_MINUTES = [60, 120, 180];

/** Closed now, as far as the day on screen tells: only today's opening and closures say so. */
function closedNow(day: StudyDay) {
  const now = serverNow();
  if (day.date !== localDate(new Date(now).toISOString())) return false;
  if (!day.opening || now < Date.parse(day.opening.startsAt) || now >= Date.parse(day.opening.endsAt)) return true;
  return day.closures.some((c) => Date.parse(c.startsAt) <= now && now < Date.parse(c.endsAt));
}

/**
 * 现在就坐: an optional wish (power, window, quiet), then one tap on a length takes a free seat
 * and checks the person in. Only at the room's own kiosk, where she can sit down at once.
 */
export function WalkIn() {
  const day = studyDay.value!;
  const prefer = studyChoice.value.prefer;
  const choices: Choice<SeatFeature | null>[] = [
    { value: null, key: "any", label: st("study.walkIn.any") },
    ...seatFeatures.map((f) => ({
      value: f,
      key: f,
      label: (
        <>
          <SeatFeatureIcon feature={f} size={32} />
          {featureWord(f)}
        </>
      ),
    })),
  ];
  return (
    <section class="study-section study-walk-in" aria-labelledby="study-walk-in-title">
      <h2 id="study-walk-in-title">{st("study.walkIn.title")}</h2>
      {closedNow(day) ? (
        <p>{st("study.walkIn.closed")}</p>
      ) : (
        <>
          <ChoiceRow
            id="walk-in-prefer"
            label={st("study.walkIn.prefer")}
            choices={choices}
            chosen={prefer}
            onChoose={choosePrefer}
          />
          <p class="study-lead">{st("study.walkIn.length")}</p>
          <div class="study-row">
            {WALK_IN_MINUTES.filter((m) => m <= day.policy.minutesPerDay).map((m) => (
              <button
                key={m}
                type="button"
                class="big-button primary study-sit"
                data-minutes={m}
                onClick={() => void walkIn(m)}
              >
                {st("study.walkIn.sit", { length: lengthText(m) })}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
