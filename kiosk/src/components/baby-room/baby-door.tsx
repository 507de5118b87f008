import { bt } from "../../baby/i18n";
import { BabyAct } from "./baby-act";
import { babyOverview, babyPickup, checkOutChild, createPickupCode, type BabyChild } from "../../models/baby-room";

const PEOPLE = [
  "grandfather",
  "grandmother",
  "maternal_grandfather",
  "maternal_grandmother",
  "relative",
  "neighbour",
] as const;

/**
 * At the room's door: the children in the room (names masked) to take home. The API decides who
 * may: a guardian of that child; anyone else is refused, and the refusal recorded.
 */
export function BabyInRoom() {
  const overview = babyOverview.value;
  const others = overview?.inRoom.filter((r) => !r.mine) ?? [];
  if (!overview?.atTheRoom || others.length === 0) return null;
  return (
    <section class="baby-in-room" aria-labelledby="baby-in-room-title">
      <h2 id="baby-in-room-title">{bt("baby.inRoom")}</h2>
      <ul>
        {others.map((r) => (
          <li key={r.bookingId}>
            <BabyAct onClick={() => checkOutChild(r.bookingId, () => bt("baby.checkedOut"))}>
              {bt("baby.checkOut", { child: r.childName })}
            </BabyAct>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A guardian lets someone else collect the child today: choose who, get a one-off code to pass on. */
export function BabyPickup({ child }: { child: BabyChild }) {
  const pickup = babyPickup.value;
  if (!pickup || pickup.childId !== child.id) {
    return (
      <button type="button" class="big-button wide" onClick={() => (babyPickup.value = { childId: child.id })}>
        {bt("baby.pickup")}
      </button>
    );
  }
  if (pickup.code) {
    return (
      <div class="baby-pickup-code" role="status">
        <p class="baby-code">{bt("baby.pickupCode", { code: pickup.code })}</p>
        <p>{bt("baby.pickupCodeHint", { person: pickup.person ?? "" })}</p>
      </div>
    );
  }
  return (
    <div class="baby-pickup" role="group" aria-label={bt("baby.pickupWho", { child: child.name })}>
      <p>{bt("baby.pickupWho", { child: child.name })}</p>
      {PEOPLE.map((p) => {
        const person = bt(`baby.pickupPerson.${p}`);
        return (
          <BabyAct
            key={p}
            onClick={() => createPickupCode(child.id, person, person, () => bt("baby.pickupCodeHint", { person }))}
          >
            {person}
          </BabyAct>
        );
      })}
    </div>
  );
}
