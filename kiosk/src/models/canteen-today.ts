import { signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { api } from "../api";
import { unwrap } from "@ui/api-client";
import { sessionCall, sessionHeader } from "./session-call";

export type CanteenToday = InferResponseType<typeof api.kiosk.canteen.today.$get, 200>;
export type Diner = CanteenToday["diners"][number];
export type Sitting = Diner["sittings"][number];
export type SittingName = Sitting["name"];
export type DinerOrder = Diner["orders"][number];
export type PlacedOrder = InferResponseType<typeof api.kiosk.canteen.orders.$post, 200>;
export type CancelledOrder = InferResponseType<(typeof api.kiosk.canteen.orders)[":orderId"]["cancel"]["$post"], 200>;

/** A day's sittings with the identified person's (and their elders') own prices: all from the API. */
export const canteenToday = signal<CanteenToday | null>(null);
/** The service date chosen on screen (null: today); the orderDates in the answer list the choices. */
export const canteenDate = signal<string | null>(null);

/** Bumped whenever the person changes or leaves: an answer for an earlier person is dropped. */
let generation = 0;
export const currentGeneration = () => generation;

export function forgetCanteenToday() {
  generation++;
  canteenToday.value = null;
  canteenDate.value = null;
}

/** Loads the chosen day (today unless one ahead was chosen) again; returns false when the answer came too late (another person, or none). */
export async function loadCanteenToday(): Promise<boolean> {
  const mine = generation;
  const data = await sessionCall(() =>
    unwrap(
      api.kiosk.canteen.today.$get({
        header: sessionHeader(),
        query: canteenDate.value ? { date: canteenDate.value } : {},
      }),
    ),
  );
  if (mine !== generation) return false;
  canteenToday.value = data;
  return true;
}

export const dinerById = (id: string) => canteenToday.value?.diners.find((d) => d.id === id);

/** The live order (not cancelled) a diner has for a sitting, if any. */
export const orderFor = (diner: Diner, sitting: SittingName) =>
  diner.orders.find((o) => o.sitting === sitting && o.status !== "cancelled");
