import { useSignal } from "@preact/signals";
import { bt } from "../../baby/i18n";
import { dayWord, whenText } from "../../baby/words";
import { localDate } from "../../study/time";
import { priceText } from "../../canteen/money";
import {
  babyBusy,
  babyCost,
  babyOverview,
  bookBabySession,
  joinBabyWaitlist,
  type BabyChild,
  type BabySession,
} from "../../models/baby-room";

/** Sessions in big cards: what, when, whether the child's age fits, places left, and what it costs. */
export function BabySessions({ child, sessions }: { child: BabyChild; sessions: BabySession[] }) {
  const booked = new Set(child.bookings.map((b) => b.sessionId));
  const open = sessions.filter((s) => !booked.has(s.id));
  // One day at a time, so the cards fit the kiosk's screen without scrolling.
  const days = [...new Set(open.map((s) => localDate(s.startsAt)))];
  const chosen = useSignal<string | null>(null);
  const day = chosen.value && days.includes(chosen.value) ? chosen.value : (days[0] ?? null);
  return (
    <section class="baby-sessions" aria-labelledby="baby-sessions-title">
      <h2 id="baby-sessions-title">{bt("baby.sessions")}</h2>
      {open.length === 0 && <p>{bt("baby.noSessions")}</p>}
      <div class="baby-days" role="group" aria-label={bt("baby.pickDay")}>
        {days.map((d) => (
          <button
            key={d}
            type="button"
            class={`big-button${d === day ? " selected" : ""}`}
            aria-pressed={d === day}
            onClick={() => (chosen.value = d)}
          >
            {dayWord(d)}
          </button>
        ))}
      </div>
      <ul class="baby-session-list">
        {open
          .filter((s) => localDate(s.startsAt) === day)
          .map((s) => (
            <SessionCard key={s.id} child={child} session={s} />
          ))}
      </ul>
    </section>
  );
}

function SessionCard({ child, session: s }: { child: BabyChild; session: BabySession }) {
  const fit = s.fits[child.id] ?? null;
  const cost = babyCost(child, s);
  const when = whenText(s.startsAt, s.endsAt);
  const priceFen = cost.kind === "paid" ? cost.priceFen : undefined;
  const card = babyOverview.value?.mealCardFen ?? null;
  const waiting = child.waiting.some((w) => w.sessionId === s.id);
  const possible = !fit && cost.kind !== "refused";
  const full = s.placesLeft === 0;
  const bookLabel = priceFen === undefined ? bt("baby.book") : bt("baby.bookPaid", { price: priceText(priceFen) });
  const said = () => bt("baby.booked", { child: child.name, name: s.name, when });
  return (
    <li class={`baby-session kind-${s.kind}`} data-session={s.id}>
      <h3>
        {s.name} <span class="baby-when">{when}</span>
      </h3>
      <div class="baby-facts">
        <p class={fit ? "baby-fit no" : "baby-fit"}>{fit ? bt(`baby.fit.${fit}`) : bt("baby.fits")}</p>
        <p class="baby-places">{full ? bt("baby.full") : bt("baby.placesLeft", { count: s.placesLeft })}</p>
        {s.guardianStays && <p>{bt("baby.guardianStays")}</p>}
      </div>
      <p class="baby-price">
        {cost.kind === "allowance" && bt("baby.free", { left: child.allowance.left })}
        {cost.kind === "free" && bt("baby.notFree")}
        {cost.kind === "refused" && bt("baby.freeNone")}
        {cost.kind === "paid" && bt("baby.paid", { price: priceText(cost.priceFen) })}
      </p>
      {cost.kind === "paid" && card !== null && <p>{bt("baby.cardBalance", { balance: priceText(card) })}</p>}
      {full ? (
        <button
          type="button"
          class="big-button"
          disabled={!possible || waiting || babyBusy.value}
          aria-label={`${waiting ? bt("baby.waiting") : bt("baby.wait")} ${s.name} ${when}`}
          onClick={() =>
            joinBabyWaitlist(child.id, s.id, priceFen, () =>
              bt("baby.joined", { child: child.name, name: s.name, when }),
            )
          }
        >
          {waiting ? bt("baby.waiting") : bt("baby.wait")}
        </button>
      ) : (
        <button
          type="button"
          class="big-button primary"
          disabled={!possible || babyBusy.value}
          // The name starts with the words on the button (饭卡付 ¥20.00 预约 too), so a voice command finds it.
          aria-label={`${bookLabel} ${s.name} ${when}`}
          onClick={() => bookBabySession(child.id, s.id, priceFen, said)}
        >
          {bookLabel}
        </button>
      )}
    </li>
  );
}
