import { signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { unwrap } from "@ui/api-client";
import { api } from "../api";
import { resource } from "@ui/resource";
import { session, visitSignal } from "./kiosk-session";
import { sessionCall, sessionHeader } from "./session-call";

export type Home = InferResponseType<typeof api.kiosk.home.$get, 200>;
export type HomeOrder = Home["orders"][number];
export type HomeOffer = Home["offers"][number];

/** What the identified person has (balance, meals, bookings, offers), read once per session and after each act. */
export const home = resource(
  () => session.value?.token,
  () => sessionCall(() => unwrap(api.kiosk.home.$get({ header: sessionHeader() }))),
);

/** The answer to the last tap on the home screen, or the question before a cancellation. */
export type HomeNotice =
  | { kind: "ask-cancel"; order: HomeOrder }
  | { kind: "cancelled"; order: HomeOrder; refundFen: number }
  | { kind: "accepted"; offer: HomeOffer }
  | { kind: "error"; error: unknown };
// The next person never sees the last one's answer.
export const homeNotice = visitSignal<HomeNotice | null>(null);
export const homeBusy = signal(false);

async function homeAct(run: () => Promise<HomeNotice>) {
  if (homeBusy.peek()) return;
  homeBusy.value = true;
  try {
    homeNotice.value = await run();
  } catch (error) {
    homeNotice.value = { kind: "error", error };
  } finally {
    await home.reload();
    homeBusy.value = false;
  }
}

export const askCancelOrder = (order: HomeOrder) => {
  homeNotice.value = { kind: "ask-cancel", order };
};
export const keepOrder = () => {
  homeNotice.value = null;
};

/** Cancel a meal before its cut-off: the card is refunded (a double tap refunds once, by the order's key). */
export const cancelHomeOrder = (order: HomeOrder) =>
  homeAct(async () => {
    await sessionCall(() =>
      unwrap(
        api.kiosk.canteen.orders[":orderId"].cancel.$post({ header: sessionHeader(), param: { orderId: order.id } }),
      ),
    );
    return { kind: "cancelled", order, refundFen: order.payment === "meal_card" ? order.payFen : 0 };
  });

/** Take a seat or a shower offered from a waitlist, with the facility's own call (a baby-room offer is taken on its page, with its price). */
export const acceptHomeOffer = (offer: HomeOffer) =>
  homeAct(async () => {
    const param = { bookingId: offer.bookingId };
    const header = sessionHeader();
    if (offer.facilityKind === "study_room")
      await sessionCall(() => unwrap(api.kiosk["study-room"].bookings[":bookingId"].accept.$post({ header, param })));
    else
      await sessionCall(() => unwrap(api.kiosk.station.showers.offers[":bookingId"].accept.$post({ header, param })));
    return { kind: "accepted", offer };
  });
