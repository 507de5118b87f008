import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { bookings, waitlistEntries } from "../../db/schema";
import { HOLDING_STATUSES } from "../booking/rules";
import type { Deps } from "../shared/context";
import { isoOrNull } from "../shared/time";
import { loadStation, stationResources } from "./load-station";
import { nextFreeStart } from "./rules";

export type Courier = { kind: "courier"; id: string };
type Booking = typeof bookings.$inferSelect;
type ShowerState = "free" | "in_use" | "cleaning" | "booked" | "out_of_service";

/** The station's showers and their rules, with the holding bookings not yet over. */
export async function loadShowers(deps: Pick<Deps, "db" | "clock">, { communityId }: { communityId: string }) {
  const { db, clock } = deps;
  const station = await loadStation({ db }, { communityId });
  const showers = await stationResources({ db }, { facilityId: station.facility.id, kind: "shower" });
  const busy = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.facilityId, station.facility.id),
        inArray(bookings.status, [...HOLDING_STATUSES]),
        gt(bookings.endsAt, clock.now()),
      ),
    )
    .orderBy(asc(bookings.startsAt));
  const { showerSlotMinutes: slot, showerCleaningMinutes: cleaning } = station.settings;
  return { station, showers, busy, slot, cleaning, lengthMs: (slot + cleaning) * 60_000 };
}

/** A shower booking as the rider sees it: the shower's own end, then its cleaning. */
export const showerBookingView = (b: Booking, cleaningMinutes: number) => ({
  id: b.id,
  showerId: b.resourceId,
  status: b.status,
  startsAt: b.startsAt.toISOString(),
  showerEndsAt: new Date(b.endsAt.getTime() - cleaningMinutes * 60_000).toISOString(),
  endsAt: b.endsAt.toISOString(),
  holdExpiresAt: isoOrNull(b.holdExpiresAt),
});

/** Each shower's state now and its next free start, the queue, and the rider's own booking and place in it. */
export async function showerBoard(
  deps: Pick<Deps, "db" | "clock">,
  { communityId, holder }: { communityId: string; holder?: Courier },
) {
  const { db, clock } = deps;
  const now = clock.now();
  const s = await loadShowers(deps, { communityId });
  const queue = await db
    .select({ id: waitlistEntries.id, holderId: waitlistEntries.holderId })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.facilityId, s.station.facility.id), eq(waitlistEntries.status, "waiting")))
    .orderBy(asc(waitlistEntries.createdAt));
  const place = holder ? queue.findIndex((q) => q.holderId === holder.id) : -1;
  const mine = holder ? s.busy.find((b) => b.holderId === holder.id && b.holderKind === holder.kind) : undefined;
  return {
    slotMinutes: s.slot,
    cleaningMinutes: s.cleaning,
    showers: s.showers.map((shower) => {
      const own = s.busy.filter((b) => b.resourceId === shower.id);
      const current = own.find((b) => b.startsAt <= now && now < b.endsAt);
      const cleaningFrom = current && current.endsAt.getTime() - s.cleaning * 60_000;
      const state: ShowerState = !shower.inService
        ? "out_of_service"
        : !current
          ? "free"
          : now.getTime() >= (cleaningFrom ?? 0)
            ? "cleaning"
            : current.status === "checked_in"
              ? "in_use"
              : "booked";
      return {
        id: shower.id,
        label: shower.label,
        state,
        busyUntil: isoOrNull(current?.endsAt ?? null),
        nextStart: shower.inService ? nextFreeStart(now, own, s.lengthMs).toISOString() : null,
      };
    }),
    queue: { waiting: queue.length, myPlace: place >= 0 ? place + 1 : null },
    mine: mine ? showerBookingView(mine, s.cleaning) : null,
  };
}
