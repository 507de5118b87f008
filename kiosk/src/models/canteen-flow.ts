import { effect, signal } from "@preact/signals";
import { api } from "../api";
import { ApiError, unwrap } from "@ui/api-client";
import {
  canteenDate,
  canteenToday,
  currentGeneration,
  dinerById,
  forgetCanteenToday,
  loadCanteenToday,
  type CancelledOrder,
  type PlacedOrder,
  type SittingName,
} from "./canteen-today";
import { retryWhenBack } from "./connection";
import { session } from "./kiosk-session";
import { sessionCall, sessionHeader } from "./session-call";

export type Notice = { error: unknown } | { cancelled: CancelledOrder };

export type CanteenScreen =
  | { kind: "loading" }
  | { kind: "failed"; error: unknown }
  | { kind: "who" }
  | { kind: "menu"; dinerId: string; notice?: Notice; askCancel?: string; cancelling?: boolean }
  // `key` is made once per confirmation screen: a double tap, or a retry after a lost answer,
  // sends the same key and the server answers with the first order instead of charging twice.
  | {
      kind: "confirm";
      dinerId: string;
      sitting: SittingName;
      key: string;
      delivery: boolean;
      placing: boolean;
      notice?: Notice;
    }
  | { kind: "ticket"; dinerId: string; order: PlacedOrder };

export const canteenScreen = signal<CanteenScreen>({ kind: "loading" });

const set = (screen: CanteenScreen) => {
  canteenScreen.value = screen;
};
const menuOrWho = (dinerId?: string, notice?: Notice): CanteenScreen => {
  const diners = canteenToday.peek()?.diners ?? [];
  if (dinerId && dinerById(dinerId)) return { kind: "menu", dinerId, ...(notice && { notice }) };
  return diners.length === 1 ? { kind: "menu", dinerId: diners[0]!.id, ...(notice && { notice }) } : { kind: "who" };
};

/** Nobody's meals stay in memory once the person is done or walks away. */
effect(() => {
  if (!session.value) {
    forgetCanteenToday();
    canteenScreen.value = { kind: "loading" };
  }
});

/** The canteen page opens: fresh data, then "who for?" when a family member may order for an elder. */
export async function openCanteen() {
  forgetCanteenToday();
  set({ kind: "loading" });
  const mine = currentGeneration();
  try {
    if (await loadCanteenToday()) set(menuOrWho());
  } catch (error) {
    if (mine === currentGeneration()) set({ kind: "failed", error });
  }
}

export const chooseDiner = (dinerId: string) => set({ kind: "menu", dinerId });

/** Another day to order for (today or one of the days ahead the canteen lists): its menu and prices. */
export async function chooseDate(dinerId: string, date: string) {
  const today = canteenToday.peek();
  if (!today || today.serviceDate === date) return;
  canteenDate.value = date === today.orderDates[0]?.date ? null : date;
  const mine = currentGeneration();
  set({ kind: "loading" });
  try {
    if (await loadCanteenToday()) set(menuOrWho(dinerId));
  } catch (error) {
    if (mine === currentGeneration()) set({ kind: "failed", error });
  }
}

export function chooseSitting(dinerId: string, sitting: SittingName) {
  set({ kind: "confirm", dinerId, sitting, key: crypto.randomUUID(), delivery: false, placing: false });
}

export function setDelivery(delivery: boolean) {
  const s = canteenScreen.peek();
  if (s.kind === "confirm" && !s.placing) set({ ...s, delivery });
}

const manyDiners = () => (canteenToday.peek()?.diners.length ?? 0) > 1;

/**
 * One step back inside the canteen; false when the next step back is the session screen. The
 * menu is read again, so an order whose answer was lost on the way shows as ordered.
 */
export function goBack(): boolean {
  const s = canteenScreen.peek();
  if (s.kind === "confirm") {
    set(menuOrWho(s.dinerId));
    void loadCanteenToday().catch(() => undefined);
    return true;
  }
  if (s.kind === "menu" && manyDiners()) {
    set({ kind: "who" });
    return true;
  }
  return false;
}

/** From the ticket: another meal, for another diner too when a family member may order for elders. */
export function orderMore() {
  const s = canteenScreen.peek();
  if (s.kind !== "ticket") return;
  set(manyDiners() ? { kind: "who" } : menuOrWho(s.dinerId));
}

const STAY_ON_CONFIRM = new Set([
  "NETWORK",
  "INSUFFICIENT_BALANCE",
  "FUND_EXHAUSTED",
  "PRICE_CHANGED",
  "DELIVERY_NOT_ELIGIBLE",
]);

export async function placeOrder(payment: "meal_card" | "counter") {
  const s = canteenScreen.peek();
  if (s.kind !== "confirm" || s.placing) return;
  const diner = dinerById(s.dinerId);
  if (!diner) return;
  const mine = currentGeneration();
  // The server refuses (PRICE_CHANGED) rather than charge more than the screen showed.
  const shownPayFen = diner.sittings.find((x) => x.name === s.sitting)?.price.payFen ?? 0;
  set({ ...s, placing: true, notice: undefined });
  try {
    const order = await sessionCall(() =>
      unwrap(
        api.kiosk.canteen.orders.$post({
          header: sessionHeader(),
          json: {
            sitting: s.sitting,
            // The day whose menu and price the screen showed.
            serviceDate: canteenToday.peek()?.serviceDate,
            payment,
            delivery: s.delivery,
            idempotencyKey: s.key,
            expectedPayFen: shownPayFen,
            ...(diner.self ? {} : { forResidentId: diner.id }),
          },
        }),
      ),
    );
    if (mine !== currentGeneration()) return;
    set({ kind: "ticket", dinerId: s.dinerId, order });
    void loadCanteenToday().catch(() => undefined);
  } catch (error) {
    if (mine !== currentGeneration()) return;
    const code = error instanceof ApiError ? (error.status >= 500 ? "NETWORK" : error.code) : "NETWORK";
    // A lost answer keeps its key: tapping again asks for the same order, not a second one, and
    // when no answer came at all the order is sent again by itself once the network is back.
    if (code === "NETWORK") {
      set({ ...s, placing: false, notice: { error } });
      if (!(error instanceof ApiError) || error.status === 0)
        retryWhenBack(() => {
          const now = canteenScreen.peek();
          if (now.kind === "confirm" && now.key === s.key) void placeOrder(payment);
        });
      return;
    }
    await loadCanteenToday().catch(() => undefined);
    if (mine !== currentGeneration()) return;
    if (!STAY_ON_CONFIRM.has(code)) return set(menuOrWho(s.dinerId, { error }));
    // The price shown changed (a fund ran out) or the choice did: what she confirms next is a new order.
    set({
      ...s,
      key: crypto.randomUUID(),
      placing: false,
      delivery: code === "DELIVERY_NOT_ELIGIBLE" ? false : s.delivery,
      notice: { error },
    });
  }
}

export function askCancel(orderId: string | undefined) {
  const s = canteenScreen.peek();
  if (s.kind === "menu" && !s.cancelling)
    set({ kind: "menu", dinerId: s.dinerId, ...(orderId && { askCancel: orderId }) });
}

export async function cancelOrder(orderId: string) {
  const s = canteenScreen.peek();
  if (s.kind !== "menu" || s.cancelling) return;
  const mine = currentGeneration();
  set({ ...s, cancelling: true, notice: undefined });
  let notice: Notice;
  try {
    const cancelled = await sessionCall(() =>
      unwrap(api.kiosk.canteen.orders[":orderId"].cancel.$post({ param: { orderId }, header: sessionHeader() })),
    );
    notice = { cancelled };
  } catch (error) {
    notice = { error };
  }
  await loadCanteenToday().catch(() => undefined);
  if (mine === currentGeneration()) set({ kind: "menu", dinerId: s.dinerId, notice });
}
