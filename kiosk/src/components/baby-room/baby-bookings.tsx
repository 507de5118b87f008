import { useState } from "preact/hooks";
import { bt } from "../../baby/i18n";
import { BabyAct } from "./baby-act";
import { whenText } from "../../baby/words";
import { priceText } from "../../canteen/money";
import { clockTime } from "../../study/time";
import {
  acceptBabyOffer,
  babyCost,
  babyCheckIn,
  babyNotice,
  babyOverview,
  cancelBabySession,
  checkInChild,
  checkOutChild,
  declineBabyOffer,
  leaveBabyWaitlist,
  SYMPTOMS,
  type BabyChild,
  type Symptom,
} from "../../models/baby-room";

/** The child's own bookings: cancel, check in with the entry questions, take home. */
export function BabyBookings({ child }: { child: BabyChild }) {
  const sessions = babyOverview.value?.sessions ?? [];
  const atTheRoom = babyOverview.value?.atTheRoom ?? false;
  if (child.bookings.length === 0 && child.waiting.length === 0) return null;
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
              {b.status === "confirmed" && atTheRoom && babyCheckIn.value !== b.id && (
                <BabyAct
                  class="primary"
                  onClick={() => {
                    babyNotice.value = null; // the questions take the screen; the last answer is said already
                    babyCheckIn.value = b.id;
                  }}
                >
                  {bt("baby.checkIn")}
                </BabyAct>
              )}
              {b.status === "confirmed" && babyCheckIn.value !== b.id && (
                <BabyAct
                  onClick={() =>
                    cancelBabySession(b.id, (refunded) =>
                      bt(
                        refunded
                          ? b.payment === "paid"
                            ? "baby.cancelledPaidRefund"
                            : "baby.cancelledRefund"
                          : b.payment === "allowance"
                            ? "baby.cancelledNoRefund"
                            : "baby.cancelled",
                      ),
                    )
                  }
                >
                  {bt("baby.cancel")}
                </BabyAct>
              )}
              {b.status === "checked_in" && atTheRoom && (
                <BabyAct class="primary" onClick={() => checkOutChild(b.id, () => bt("baby.checkedOut"))}>
                  {bt("baby.checkOut", { child: child.name })}
                </BabyAct>
              )}
              {babyCheckIn.value === b.id && <EntryQuestions child={child} bookingId={b.id} />}
            </li>
          );
        })}
        {child.waiting.map((w) => (
          <WaitingItem key={w.id} child={child} entry={w} />
        ))}
      </ul>
    </section>
  );
}

/** A place in line: while waiting, leave it; when a place is held for the child, take it (paying if it costs) or let it go. */
function WaitingItem({ child, entry }: { child: BabyChild; entry: BabyChild["waiting"][number] }) {
  const session = babyOverview.value?.sessions.find((s) => s.id === entry.sessionId);
  if (!session) return null;
  const cost = babyCost(child, session);
  const priceFen = cost.kind === "paid" ? cost.priceFen : undefined;
  const what = `${session.name} ${whenText(session.startsAt, session.endsAt)}`;
  const offer = entry.offer;
  return (
    <li class="baby-booking" data-status={offer ? "offered" : "waiting"}>
      <p class="baby-booking-what">
        {what} · {offer ? bt("baby.offer", { time: clockTime(offer.expiresAt) }) : bt("baby.waiting")}
      </p>
      {offer ? (
        <>
          <BabyAct
            class="primary"
            onClick={() =>
              acceptBabyOffer(offer.bookingId, priceFen, () =>
                bt("baby.booked", {
                  child: child.name,
                  name: session.name,
                  when: whenText(session.startsAt, session.endsAt),
                }),
              )
            }
          >
            {priceFen === undefined ? bt("baby.accept") : bt("baby.acceptPaid", { price: priceText(priceFen) })}
          </BabyAct>
          <BabyAct onClick={() => declineBabyOffer(offer.bookingId, () => bt("baby.declined"))}>
            {bt("baby.decline")}
          </BabyAct>
        </>
      ) : (
        <BabyAct onClick={() => leaveBabyWaitlist(entry.id, () => bt("baby.leftLine"))}>{bt("baby.leaveLine")}</BabyAct>
      )}
    </li>
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
      <BabyAct
        class="primary wide"
        onClick={() =>
          checkInChild(bookingId, tenths / 10, symptoms, () => bt("baby.checkedIn", { child: child.name }))
        }
      >
        {bt("baby.confirmCheckIn")}
      </BabyAct>
    </fieldset>
  );
}
