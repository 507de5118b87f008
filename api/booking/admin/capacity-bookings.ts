import { sql } from "drizzle-orm";
import type { Deps } from "../../shared/context";
import { addDays, localDate, zonedInstant } from "../../shared/time";
import { holding } from "../book";
import type { Placed } from "../capacity-rules";

export type HeldBooking = Placed & {
  resourceId: string;
  holderKind: string;
  holderName: string;
  status: string;
  date: string;
};

/**
 * The bookings holding places on one resource from a local date on (to `until`, exclusive), with
 * who holds them, for the admin to see whom a capacity change touches.
 */
export async function heldBookings(
  { db }: Pick<Deps, "db">,
  { resourceId, from, until, timeZone }: { resourceId: string; from: string; until: string; timeZone: string },
): Promise<HeldBooking[]> {
  const rows = await db.all<{
    id: string;
    resource_id: string;
    holder_kind: string;
    holder_name: string | null;
    status: string;
    starts_at: number;
    ends_at: number;
    quantity: number;
    created_at: number;
  }>(sql`
    SELECT b.id, b.resource_id, b.holder_kind, b.status, b.starts_at, b.ends_at, b.quantity, b.created_at,
      coalesce((SELECT name FROM residents WHERE id = b.holder_id), (SELECT name FROM couriers WHERE id = b.holder_id),
        (SELECT name FROM children WHERE id = b.holder_id)) AS holder_name
    FROM bookings b
    WHERE b.resource_id = ${resourceId} AND b.status IN (${holding})
      AND b.starts_at >= ${zonedInstant(from, "00:00", timeZone).getTime()} AND b.starts_at < ${zonedInstant(until, "00:00", timeZone).getTime()}
    ORDER BY b.created_at, b.rowid`);
  return rows.map((r) => ({
    id: r.id,
    resourceId: r.resource_id,
    holderKind: r.holder_kind,
    holderName: r.holder_name ?? "",
    status: r.status,
    startsAt: new Date(Number(r.starts_at)),
    endsAt: new Date(Number(r.ends_at)),
    quantity: Number(r.quantity),
    createdAt: new Date(Number(r.created_at)),
    date: localDate(new Date(Number(r.starts_at)), timeZone),
  }));
}

/** One date's bookings. */
export const heldOn = (deps: Pick<Deps, "db">, a: { resourceId: string; date: string; timeZone: string }) =>
  heldBookings(deps, { ...a, from: a.date, until: addDays(a.date, 1) });

/** A booking as the admin sees it among the people a change touches. */
export const affectedView = (b: HeldBooking) => ({
  bookingId: b.id,
  holderKind: b.holderKind,
  holderName: b.holderName,
  date: b.date,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  status: b.status,
});
