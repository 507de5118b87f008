import { useSignal } from "@preact/signals";
import { bt } from "../../baby/i18n";
import { dayWord, whenText } from "../../baby/words";
import { localDate } from "../../study/time";
import { babyBusy, bookBabySession, type BabyChild, type BabySession } from "../../models/baby-room";

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
  const left = child.allowance.left;
  const price = !s.usesAllowance ? bt("baby.notFree") : left > 0 ? bt("baby.free", { left }) : bt("baby.freeNone");
  const when = whenText(s.startsAt, s.endsAt);
  const bookable = !fit && s.placesLeft > 0 && (!s.usesAllowance || left > 0);
  return (
    <li class={`baby-session kind-${s.kind}`} data-session={s.id}>
      <h3>
        {s.name} <span class="baby-when">{when}</span>
      </h3>
      <div class="baby-facts">
        <p class={fit ? "baby-fit no" : "baby-fit"}>{fit ? bt(`baby.fit.${fit}`) : bt("baby.fits")}</p>
        <p class="baby-places">{s.placesLeft > 0 ? bt("baby.placesLeft", { count: s.placesLeft }) : bt("baby.full")}</p>
        {s.guardianStays && <p>{bt("baby.guardianStays")}</p>}
      </div>
      <p class="baby-price">{price}</p>
      <button
        type="button"
        class="big-button primary"
        disabled={!bookable || babyBusy.value}
        aria-label={`${bt("baby.book")} ${s.name} ${when}`}
        onClick={() =>
          bookBabySession(child.id, s.id, () => bt("baby.booked", { child: child.name, name: s.name, when }))
        }
      >
        {bt("baby.book")}
      </button>
    </li>
  );
}
