import { ErrorMessage } from "@ui/error-message";
import type { ComponentChildren } from "preact";
import { priceText } from "../../canteen/money";
import { sittingLabel } from "../../canteen/words";
import { i18n, t } from "../../i18n";
import {
  acceptHomeOffer,
  askCancelOrder,
  cancelHomeOrder,
  type Home,
  homeBusy,
  homeNotice,
  keepOrder,
} from "../../models/home";
import { clockTime } from "../../study/time";
import { ScrollFrame } from "../scroll-frame/scroll-frame";
import { bookingPath, dayText, placedText } from "./home-words";
import "./resident-home.css";

/**
 * What the person has, each with the act it allows: a meal with 取消 while it may be cancelled,
 * a booking that opens its facility's screen, an offer with 接受. Facts without an act are plain
 * text, never drawn as buttons.
 */
export function ResidentHome({ home }: { home: Home }) {
  const busy = homeBusy.value;
  const { orders, bookings, offers, today } = home;
  if (!orders.length && !bookings.length && !offers.length) return null;
  return (
    <ScrollFrame class="home-frame">
      <HomeSection name="offers" items={offers}>
        {(o) => (
          <li key={o.bookingId} class="home-item home-offer" data-offer={o.bookingId}>
            <p>
              {placedText(o, today)}
              <br />
              <span class="home-note">{t("home.heldUntil", { time: clockTime(o.expiresAt) })}</span>
            </p>
            {o.facilityKind === "baby_room" ? (
              <a class="big-button primary" href={bookingPath[o.facilityKind]}>
                {t("home.acceptThere")}
              </a>
            ) : (
              <button type="button" class="big-button primary" disabled={busy} onClick={() => acceptHomeOffer(o)}>
                {t("home.accept")}
              </button>
            )}
          </li>
        )}
      </HomeSection>
      <HomeSection name="orders" items={orders}>
        {(o) => (
          <li key={o.id} class="home-item" data-order={o.id}>
            <p>
              {dayText(o.serviceDate, today)} {sittingLabel(o.sitting)} · {t("home.ticket", { no: o.ticketNo })}
              <br />
              <span class="home-note">
                {priceText(o.payFen)} {t(`home.paid.${o.payment}`)}
                {o.delivery && ` · ${t("home.delivery")}`}
                {o.status !== "placed" && ` · ${t(`home.status.${o.status}`)}`}
              </span>
            </p>
            {o.cancellable && (
              <button type="button" class="big-button" disabled={busy} onClick={() => askCancelOrder(o)}>
                {t("home.cancel")}
              </button>
            )}
          </li>
        )}
      </HomeSection>
      <HomeSection name="bookings" items={bookings}>
        {(b) => (
          <li key={b.id} class="home-item">
            <a class="big-button home-booking" href={bookingPath[b.facilityKind]} data-booking={b.id}>
              {placedText(b, today)}
              {b.status === "checked_in" && ` · ${t("home.checkedIn")}`}
              <span aria-hidden="true">›</span>
            </a>
          </li>
        )}
      </HomeSection>
    </ScrollFrame>
  );
}

type SectionProps<T> = { name: "offers" | "orders" | "bookings"; items: T[]; children: (item: T) => ComponentChildren };

/** One kind of thing the person has, listed under its heading; none, no section. */
function HomeSection<T>({ name, items, children }: SectionProps<T>) {
  if (!items.length) return null;
  return (
    <section class="home-section" aria-labelledby={`home-${name}`}>
      <h2 id={`home-${name}`}>{t(`home.${name}`)}</h2>
      <ul>{items.map(children)}</ul>
    </section>
  );
}

/** The answer to the last tap here, and the one question (cancel this meal?) asked before acting. */
export function HomeNotice() {
  const notice = homeNotice.value;
  if (!notice) return null;
  if (notice.kind === "error") return <ErrorMessage error={notice.error} i18n={i18n} />;
  if (notice.kind === "ask-cancel") {
    const { order } = notice;
    return (
      <div class="home-ask" role="alertdialog" aria-labelledby="home-ask-title">
        <p id="home-ask-title">{t("home.cancelAsk", { sitting: sittingLabel(order.sitting) })}</p>
        <div class="home-ask-buttons">
          <button
            type="button"
            class="big-button primary"
            disabled={homeBusy.value}
            onClick={() => cancelHomeOrder(order)}
          >
            {t("home.cancelYes")}
          </button>
          <button type="button" class="big-button" disabled={homeBusy.value} onClick={keepOrder}>
            {t("home.cancelNo")}
          </button>
        </div>
      </div>
    );
  }
  const said =
    notice.kind === "cancelled"
      ? notice.refundFen > 0
        ? t("home.cancelledRefund", {
            sitting: sittingLabel(notice.order.sitting),
            amount: priceText(notice.refundFen),
          })
        : t("home.cancelled", { sitting: sittingLabel(notice.order.sitting) })
      : t("home.accepted", { what: notice.offer.place });
  return (
    <p class="home-said" role="status">
      {said}
    </p>
  );
}
