import { and, eq, gte, lt, sql } from "drizzle-orm";
import { babyBookings, bookings } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { localDate, zonedInstant } from "../../shared/time";
import { loadBabyRoom } from "../load-baby-room";

export type MonthRow = {
  month: string;
  bookings: number;
  attended: number;
  noShows: number;
  cancelled: number;
  freeUsed: number;
  paid: number;
  paidFen: number;
};

const ATTENDED = new Set(["checked_in", "completed"]);

/**
 * Attendance and free sessions used for each month of a year, by the sessions' local month. A free
 * session counts as used when its use stands in the ledger (not refunded, not given back for a no-show).
 */
export async function monthlyReport(deps: Deps, { communityId, year }: { communityId: string; year: number }) {
  const room = await loadBabyRoom(deps, { communityId });
  const rows = await deps.db
    .select({
      startsAt: bookings.startsAt,
      status: bookings.status,
      payment: babyBookings.payment,
      priceFen: babyBookings.priceFen,
      allowance: sql<number>`(SELECT coalesce(sum(e.amount), 0) FROM allowance_entries e WHERE e.booking_id = ${bookings.id})`,
    })
    .from(bookings)
    .innerJoin(babyBookings, eq(babyBookings.bookingId, bookings.id))
    .where(
      and(
        eq(bookings.facilityId, room.facility.id),
        gte(bookings.startsAt, zonedInstant(`${year}-01-01`, "00:00", room.timeZone)),
        lt(bookings.startsAt, zonedInstant(`${year + 1}-01-01`, "00:00", room.timeZone)),
      ),
    );
  const months: MonthRow[] = Array.from({ length: 12 }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, "0")}`,
    bookings: 0,
    attended: 0,
    noShows: 0,
    cancelled: 0,
    freeUsed: 0,
    paid: 0,
    paidFen: 0,
  }));
  for (const r of rows) {
    const m = months[Number(localDate(r.startsAt, room.timeZone).slice(5, 7)) - 1]!;
    m.bookings += 1;
    if (ATTENDED.has(r.status)) m.attended += 1;
    if (r.status === "no_show") m.noShows += 1;
    if (r.status === "cancelled") m.cancelled += 1;
    m.freeUsed += -Number(r.allowance);
    if (r.payment === "paid" && r.status !== "cancelled") {
      m.paid += 1;
      m.paidFen += r.priceFen;
    }
  }
  return { year, months };
}

const HEADER = [
  "month",
  "bookings",
  "attended",
  "no_shows",
  "cancelled",
  "free_sessions_used",
  "paid_sessions",
  "paid_yuan",
];

export function reportCsv(report: Awaited<ReturnType<typeof monthlyReport>>) {
  const lines = report.months.map((m) =>
    [m.month, m.bookings, m.attended, m.noShows, m.cancelled, m.freeUsed, m.paid, (m.paidFen / 100).toFixed(2)].join(
      ",",
    ),
  );
  return `${[HEADER.join(","), ...lines].join("\r\n")}\r\n`;
}
