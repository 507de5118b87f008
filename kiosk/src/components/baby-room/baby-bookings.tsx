import { useState } from "preact/hooks";
import { bt } from "../../baby/i18n";
import { whenText } from "../../baby/words";
import {
  babyBusy,
  babyCheckIn,
  babyOverview,
  cancelBabySession,
  checkInChild,
  checkOutChild,
  SYMPTOMS,
  type BabyChild,
  type Symptom,
} from "../../models/baby-room";

/** The child's own bookings: cancel, check in with the entry questions, take home. */
export function BabyBookings({ child }: { child: BabyChild }) {
  const sessions = babyOverview.value?.sessions ?? [];
  const atTheRoom = babyOverview.value?.atTheRoom ?? false;
  if (child.bookings.length === 0) return null;
  return (
    <section class="baby-bookings" aria-labelledby="baby-bookings-title">
      <h2 id="baby-bookings-title">{bt("baby.myBookings")}</h2>
      <ul>
        {child.bookings.map((b) => {
          const name = sessions.find((s) => s.id === b.sessionId)?.name ?? "";
          return (
            <li key={b.id} class="baby-booking" data-status={b.status}>
              <p class="baby-booking-what">
                {name} {whenText(b.startsAt, b.endsAt)} · {bt(`baby.status.${b.status}`)}
              </p>
              {b.status === "confirmed" && atTheRoom && (
                <button
                  type="button"
                  class="big-button primary"
                  disabled={babyBusy.value}
                  onClick={() => (babyCheckIn.value = b.id)}
                >
                  {bt("baby.checkIn")}
                </button>
              )}
              {b.status === "confirmed" && (
                <button
                  type="button"
                  class="big-button"
                  disabled={babyBusy.value}
                  onClick={() =>
                    cancelBabySession(b.id, (refunded) =>
                      bt(
                        refunded
                          ? "baby.cancelledRefund"
                          : b.payment === "allowance"
                            ? "baby.cancelledNoRefund"
                            : "baby.cancelled",
                      ),
                    )
                  }
                >
                  {bt("baby.cancel")}
                </button>
              )}
              {b.status === "checked_in" && atTheRoom && (
                <button
                  type="button"
                  class="big-button primary"
                  disabled={babyBusy.value}
                  onClick={() => checkOutChild(b.id, () => bt("baby.checkedOut"))}
                >
                  {bt("baby.checkOut", { child: child.name })}
                </button>
              )}
              {babyCheckIn.value === b.id && <EntryQuestions child={child} bookingId={b.id} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The room's entry questions: temperature by big steps of 0.1 °C, symptoms as toggles. No typing. */
function EntryQuestions({ child, bookingId }: { child: BabyChild; bookingId: string }) {
  const [tenths, setTenths] = useState(365);
  const [symptoms, setSymptoms] = useState<Symptom[]>([]);
  const toggle = (s: Symptom) => setSymptoms((now) => (now.includes(s) ? now.filter((x) => x !== s) : [...now, s]));
  return (
    <fieldset class="baby-questions">
      <legend>{bt("baby.questions")}</legend>
      <div class="baby-temperature" role="group" aria-label={bt("baby.temperature")}>
        <button type="button" class="big-button" onClick={() => setTenths((v) => Math.max(340, v - 1))}>
          {bt("baby.cooler")}
        </button>
        <output class="baby-temperature-value" aria-live="polite">
          {bt("baby.temperature")} {(tenths / 10).toFixed(1)} °C
        </output>
        <button type="button" class="big-button" onClick={() => setTenths((v) => Math.min(430, v + 1))}>
          {bt("baby.warmer")}
        </button>
      </div>
      <p>{bt("baby.symptomsTitle")}</p>
      <div class="baby-symptoms" role="group" aria-label={bt("baby.symptomsTitle")}>
        {SYMPTOMS.map((s) => (
          <button
            key={s}
            type="button"
            class={`big-button${symptoms.includes(s) ? " selected" : ""}`}
            aria-pressed={symptoms.includes(s)}
            onClick={() => toggle(s)}
          >
            {bt(`baby.symptom.${s}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        class="big-button primary wide"
        disabled={babyBusy.value}
        onClick={() =>
          checkInChild(bookingId, tenths / 10, symptoms, () => bt("baby.checkedIn", { child: child.name }))
        }
      >
        {bt("baby.confirmCheckIn")}
      </button>
    </fieldset>
  );
}
