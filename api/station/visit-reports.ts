import { csvCell } from "../shared/csv";
import { and, asc, eq, gte, lt } from "drizzle-orm";
import { couriers, stationVisits } from "../../db/schema";
import type { Deps } from "../shared/context";
import { addDays, isoWeekday, localDate, localTime, zonedInstant } from "../shared/time";
import { loadStation } from "./load-station";

/** Entries by local hour of day and by weekday (1 = Monday) over [from, to] local dates. */
export async function entriesByTime(
  { db }: Pick<Deps, "db">,
  { communityId, range }: { communityId: string; range: { from: string; to: string } },
) {
  const station = await loadStation({ db }, { communityId });
  const tz = station.timeZone;
  const rows = await db
    .select({ enteredAt: stationVisits.enteredAt })
    .from(stationVisits)
    .where(
      and(
        eq(stationVisits.facilityId, station.facility.id),
        eq(stationVisits.zone, "station"),
        gte(stationVisits.enteredAt, zonedInstant(range.from, "00:00", tz)),
        lt(stationVisits.enteredAt, zonedInstant(addDays(range.to, 1), "00:00", tz)),
      ),
    );
  const byHour = Array.from({ length: 24 }, () => 0);
  const byWeekday = Array.from({ length: 7 }, () => 0);
  for (const { enteredAt } of rows) {
    byHour[Number(localTime(enteredAt, tz).slice(0, 2))]! += 1;
    byWeekday[isoWeekday(localDate(enteredAt, tz)) - 1]! += 1;
  }
  return { from: range.from, to: range.to, total: rows.length, byHour, byWeekday };
}

/** Every visit begun in a local month (YYYY-MM) as CSV: no phone numbers, the rider by name and platform. */
export async function visitsCsv(
  { db }: Pick<Deps, "db">,
  { communityId, month }: { communityId: string; month: string },
) {
  const station = await loadStation({ db }, { communityId });
  const tz = station.timeZone;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  const rows = await db
    .select({
      enteredAt: stationVisits.enteredAt,
      exitedAt: stationVisits.exitedAt,
      zone: stationVisits.zone,
      entryMethod: stationVisits.entryMethod,
      exitMethod: stationVisits.exitMethod,
      closedBy: stationVisits.closedBy,
      name: couriers.name,
      platform: couriers.platform,
    })
    .from(stationVisits)
    .innerJoin(couriers, eq(couriers.id, stationVisits.courierId))
    .where(
      and(
        eq(stationVisits.facilityId, station.facility.id),
        gte(stationVisits.enteredAt, zonedInstant(`${month}-01`, "00:00", tz)),
        lt(stationVisits.enteredAt, zonedInstant(`${next}-01`, "00:00", tz)),
      ),
    )
    .orderBy(asc(stationVisits.enteredAt));
  const local = (at: Date | null) => (at ? `${localDate(at, tz)} ${localTime(at, tz)}` : "");
  const lines = [
    "entered,exited,zone,courier,platform,entry_method,exit_method,closed_by",
    ...rows.map((r) =>
      [
        local(r.enteredAt),
        local(r.exitedAt),
        r.zone === "station" ? "station" : "area",
        r.name,
        r.platform,
        r.entryMethod,
        r.exitMethod ?? "",
        r.closedBy ?? "",
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return `${lines.join("\n")}\n`;
}
