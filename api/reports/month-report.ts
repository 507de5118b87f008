import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { communities, facilities, funds, stationVisits } from "../../db/schema";
import { plannedHours } from "../booking/whole-facility";
import { openingOn } from "../booking/schedule-rules";
import type { Deps } from "../shared/context";
import { notFound } from "../shared/errors";
import { addDays, localDate, localTime, zonedInstant } from "../shared/time";
import { budgetOfMonth } from "../canteen/fund-budget";
import { dayRatio, daysOfMonth, mealsByBracket, overlapMs, previousMonth } from "./rules";

type Db = Pick<Deps, "db">;
type Scope = { communityId: string; month: string; days: string[]; timeZone: string };

const bracketSql = sql<string>`CASE WHEN diner_age < 12 THEN 'under_12' WHEN diner_age < 60 THEN '12_59' WHEN diner_age < 70 THEN '60_69'
  WHEN diner_age < 80 THEN '70_79' WHEN diner_age < 90 THEN '80_89' ELSE '90_plus' END`;

async function meals({ db }: Db, s: Scope) {
  const rows = await db.all<{ date: string; bracket: string; meals: number }>(sql`
    SELECT service_date AS date, ${bracketSql} AS bracket, count(*) AS meals FROM meal_orders
    WHERE community_id = ${s.communityId} AND service_date >= ${s.days[0]} AND service_date <= ${s.days.at(-1)}
      AND status <> 'cancelled' GROUP BY date, bracket`);
  return mealsByBracket(
    s.days,
    rows.map((r) => ({ ...r, meals: Number(r.meals) })),
  );
}

/** Each fund's budget and what was claimed against it, this month and the five before. */
async function fundUse({ db }: Db, s: Scope) {
  const months = [s.month];
  while (months.length < 6) months.unshift(previousMonth(months[0]!));
  const [rows, used] = await Promise.all([
    db
      .select({
        id: funds.id,
        code: funds.code,
        name: funds.name,
        // Each month's budget in force: the month's own, else the fund's default.
        budgets: sql<string>`json_array(${sql.join(
          months.map((m) => budgetOfMonth(m).getSQL()),
          sql`, `,
        )})`,
      })
      .from(funds)
      .where(eq(funds.communityId, s.communityId))
      .orderBy(asc(funds.createdAt), sql`rowid`),
    db.all<{ fund_id: string; month: string; used: number; meals: number }>(sql`
      SELECT t.fund_id, t.month, sum(t.amount_fen) AS used, sum(t.meals) AS meals FROM fund_claim_tally t JOIN funds f ON f.id = t.fund_id
      WHERE f.community_id = ${s.communityId} AND t.month >= ${months[0]} AND t.month <= ${s.month} GROUP BY t.fund_id, t.month`),
  ]);
  const of = (fundId: string, month: string) => used.find((u) => u.fund_id === fundId && u.month === month);
  return {
    months,
    items: rows.map((f) => {
      const budgets = (JSON.parse(f.budgets) as (number | null)[]).map((b) => (b === null ? null : Number(b)));
      return {
        code: f.code,
        name: f.name,
        budgetFen: budgets.at(-1) ?? null,
        budgetHistory: budgets,
        usedFen: Number(of(f.id, s.month)?.used ?? 0),
        meals: Number(of(f.id, s.month)?.meals ?? 0),
        history: months.map((m) => Number(of(f.id, m)?.used ?? 0)),
      };
    }),
  };
}

async function facility({ db }: Db, communityId: string, kind: "study_room" | "station" | "baby_room") {
  const [row] = await db
    .select()
    .from(facilities)
    .where(and(eq(facilities.communityId, communityId), eq(facilities.kind, kind)))
    .limit(1);
  return row ?? null;
}

/** Seat-minutes sat over seat-minutes open, per day of the month. */
async function studyUse({ db }: Db, s: Scope) {
  const room = await facility({ db }, s.communityId, "study_room");
  if (!room) return null;
  const from = zonedInstant(s.days[0]!, "00:00", s.timeZone).getTime();
  const to = zonedInstant(addDays(s.days.at(-1)!, 1), "00:00", s.timeZone).getTime();
  const [hours, seats, sat] = await Promise.all([
    plannedHours({ db }, { facilityId: room.id, from: addDays(s.days[0]!, -1) }),
    db.all<{ n: number }>(sql`
      SELECT count(*) AS n FROM resources WHERE facility_id = ${room.id} AND kind = 'seat' AND in_service = 1`),
    db.all<{ s: number; e: number }>(sql`
      SELECT max(starts_at, coalesce(checked_in_at, starts_at)) AS s, min(coalesce(closed_at, ends_at), ends_at) AS e FROM bookings
      WHERE facility_id = ${room.id} AND starts_at < ${to} AND ends_at > ${from} AND status IN ('checked_in', 'completed', 'released')`),
  ]);
  const seatCount = Number(seats[0]?.n ?? 0);
  const ratio = s.days.map((d) => {
    const day = {
      s: zonedInstant(d, "00:00", s.timeZone).getTime(),
      e: zonedInstant(addDays(d, 1), "00:00", s.timeZone).getTime(),
    };
    const opening = openingOn(d, hours, s.timeZone);
    const open = opening ? overlapMs(day, { s: opening.startsAt.getTime(), e: opening.endsAt.getTime() }) : 0;
    const used = sat.reduce((sum, r) => sum + overlapMs(day, { s: Number(r.s), e: Number(r.e) }), 0);
    return dayRatio(used / 60_000, (open / 60_000) * seatCount);
  });
  return { seats: seatCount, ratio };
}

/** Entries into the station by local hour over the month. */
async function stationEntries({ db }: Db, s: Scope) {
  const station = await facility({ db }, s.communityId, "station");
  if (!station) return null;
  const rows = await db
    .select({ enteredAt: stationVisits.enteredAt })
    .from(stationVisits)
    .where(
      and(
        eq(stationVisits.facilityId, station.id),
        eq(stationVisits.zone, "station"),
        gte(stationVisits.enteredAt, zonedInstant(s.days[0]!, "00:00", s.timeZone)),
        lt(stationVisits.enteredAt, zonedInstant(addDays(s.days.at(-1)!, 1), "00:00", s.timeZone)),
      ),
    );
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const r of rows) byHour[Number(localTime(r.enteredAt, s.timeZone).slice(0, 2))]! += 1;
  return { byHour };
}

/** Free baby-room sessions used per day (the session's local date), net of refunds and no-show returns. */
async function babyAllowance({ db }: Db, s: Scope) {
  const room = await facility({ db }, s.communityId, "baby_room");
  if (!room) return null;
  const rows = await db.all<{ starts_at: number; amount: number }>(sql`
    SELECT b.starts_at, sum(e.amount) AS amount FROM allowance_entries e JOIN bookings b ON b.id = e.booking_id
    WHERE e.facility_id = ${room.id} AND b.starts_at >= ${zonedInstant(s.days[0]!, "00:00", s.timeZone).getTime()}
      AND b.starts_at < ${zonedInstant(addDays(s.days.at(-1)!, 1), "00:00", s.timeZone).getTime()} GROUP BY b.id`);
  const used = s.days.map(() => 0);
  for (const r of rows) {
    const i = s.days.indexOf(localDate(new Date(Number(r.starts_at)), s.timeZone));
    if (i >= 0) used[i]! += -Number(r.amount);
  }
  return { used };
}

/** One community's month on every chart the reports page draws, from the same records as each area's own views. */
export async function monthReport({ db }: Db, { communityId, month }: { communityId: string; month: string }) {
  const [community] = await db.select().from(communities).where(eq(communities.id, communityId)).limit(1);
  if (!community) throw notFound("Community");
  const scope: Scope = { communityId, month, days: daysOfMonth(month), timeZone: community.timeZone };
  const [m, f, study, station, baby] = await Promise.all([
    meals({ db }, scope),
    fundUse({ db }, scope),
    studyUse({ db }, scope),
    stationEntries({ db }, scope),
    babyAllowance({ db }, scope),
  ]);
  return {
    community: { id: community.id, name: community.name },
    month,
    days: scope.days,
    meals: m,
    funds: f,
    study,
    station,
    baby,
  };
}

export type MonthReport = Awaited<ReturnType<typeof monthReport>>;
