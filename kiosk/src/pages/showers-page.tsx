import { useSignalEffect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { welcome } from "../models/welcome";
import { locale } from "../i18n";
import { stationZhCN } from "../messages/station-zh-cn";
import {
  acceptOffer,
  bookShower,
  joinQueue,
  loadShowers,
  showerBoard,
  showerNotice,
  startShower,
} from "../models/showers";
import { speak } from "../models/speech";
import { paths } from "../paths";
import { type DoorKey, dt } from "../station/i18n";
import "./door-page.css";

const noticeKey = (n: { kind: "ok" | "error"; key: string }): DoorKey => {
  const key = `showers.${n.kind}.${n.key}`;
  return key in stationZhCN ? (key as DoorKey) : "showers.failed";
};

/**
 * A courier at the station's kiosk: each shower's state and next free slot (one tap books it),
 * the rider's own slot with "start", an offer from the queue with "take it", and the queue.
 */
export function ShowersPage() {
  useEffect(() => {
    showerNotice.value = null;
    void loadShowers().catch(() => undefined);
    const timer = setInterval(() => void loadShowers().catch(() => undefined), 20_000);
    return () => clearInterval(timer);
  }, []);
  useSignalEffect(() => {
    const n = showerNotice.value;
    if (n) speak(dt(noticeKey(n)), locale.peek());
  });
  const b = showerBoard.value;
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(locale.value, {
      timeZone: welcome.data.value?.community.timeZone ?? "Asia/Shanghai",
      hour: "2-digit",
      minute: "2-digit",
    });
  const now = Date.now();
  const mine = b?.mine;
  const label = (id: string) => b?.showers.find((s) => s.id === id)?.label ?? "";
  return (
    <section class="door-page" aria-labelledby="showers-title">
      <h1 id="showers-title">{dt("showers.title")}</h1>
      {b && <p class="door-prompt">{dt("showers.slot", { slot: b.slotMinutes, cleaning: b.cleaningMinutes })}</p>}
      {showerNotice.value && (
        <p class={`door-feedback is-${showerNotice.value.kind === "ok" ? "opened" : "refused"}`} role="status">
          {dt(noticeKey(showerNotice.value))}
        </p>
      )}
      {mine && mine.status === "held" && (
        <>
          <p class="door-prompt">{dt("showers.offered")}</p>
          <button type="button" class="big-button primary wide" onClick={() => void acceptOffer(mine.id)}>
            {dt("showers.accept")}
          </button>
        </>
      )}
      {mine && mine.status !== "held" && (
        <>
          <p class="door-occupancy">
            {dt("showers.mine", {
              shower: label(mine.showerId),
              start: time(mine.startsAt),
              end: time(mine.showerEndsAt),
            })}
          </p>
          {mine.status === "confirmed" && (
            <button type="button" class="big-button primary wide" onClick={() => void startShower(mine.id)}>
              {dt("showers.start")}
            </button>
          )}
        </>
      )}
      {b && !mine && (
        <ul class="shower-list">
          {b.showers.map((s) => (
            <li key={s.id} data-state={s.state}>
              <strong>{s.label}</strong> · {dt(`showers.state.${s.state}` as DoorKey)}
              {s.nextStart && (
                <button type="button" class="big-button primary" onClick={() => void bookShower(s)}>
                  {Date.parse(s.nextStart) <= now + 60_000
                    ? dt("showers.bookNow")
                    : dt("showers.bookAt", { time: time(s.nextStart) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {b && (
        <p class="door-prompt">
          {b.queue.myPlace
            ? dt("showers.myPlace", { n: b.queue.myPlace })
            : dt("showers.queue", { n: b.queue.waiting })}
        </p>
      )}
      {b && !mine && !b.queue.myPlace && b.showers.every((s) => s.state !== "free") && (
        <button type="button" class="big-button wide" onClick={() => void joinQueue()}>
          {dt("showers.join")}
        </button>
      )}
      <a class="big-button wide" href={paths.home}>
        {dt("showers.back")}
      </a>
    </section>
  );
}
