import type { Deps } from "../shared/context";
import { and, eq, getTableColumns, gt, lt, sql } from "drizzle-orm";
import {
  communities,
  facilities,
  facilityClosures,
  funds,
  pricingPolicies,
  resources,
  type SittingName,
} from "../../db/schema";
import { capacityOn, placesTaken } from "../booking/book";
import { cachedConfig } from "../shared/config-cache";
import { DomainError, notFound } from "../shared/errors";
import { addDays, isoWeekday, localDate, localTime, zonedInstant } from "../shared/time";
import { budgetOfMonth } from "./fund-budget";
import { PolicyRulesSchema } from "./policy-schema";
import { beforeCutoff, policyInForce } from "./rules";

export type Sitting = {
  resourceId: string;
  name: SittingName;
  capacity: number;
  start: string;
  end: string;
  orderCutoff: string;
};

/**
 * Everything the canteen's rules need for one service date (today by default). The rows come from
 * the configuration cache when the deps carry one: checked against the community's version first,
 * or, with `trustCache`, not at all, for a write that guards on `configVersion` in its batch.
 */
export async function loadCanteenDay(
  deps: Pick<Deps, "db" | "configCache">,
  {
    communityId,
    now,
    date,
    trustCache = false,
  }: { communityId: string; now: Date; date?: string; trustCache?: boolean },
) {
  const { db } = deps;
  const place = await cachedConfig(deps, communityId, "canteen", trustCache, async () => {
    const [community] = await db.select().from(communities).where(eq(communities.id, communityId)).limit(1);
    const [canteen] = await db
      .select()
      .from(facilities)
      .where(and(eq(facilities.communityId, communityId), eq(facilities.kind, "canteen")))
      .limit(1);
    return { community, canteen };
  });
  const { community, canteen } = place.value;
  if (!community) throw notFound("Community");
  const serviceDate = date ?? localDate(now, community.timeZone);
  if (!canteen) throw notFound("Canteen");
  const rows = await cachedConfig(deps, communityId, `canteen-day:${serviceDate}`, trustCache, () =>
    Promise.all([
      db
        .select({
          id: resources.id,
          label: resources.label,
          attributes: resources.attributes,
          capacity: sql<number>`${capacityOn(serviceDate, sql`${resources.id}`, sql`${resources.capacity}`)}`,
          cutoff: sql<string | null>`coalesce(
            (SELECT cc.order_cutoff FROM capacity_changes cc WHERE cc.resource_id = ${resources.id} AND cc.date = ${serviceDate}),
            (SELECT ct.order_cutoff FROM capacity_templates ct WHERE ct.resource_id = ${resources.id} AND ct.weekday = ${isoWeekday(serviceDate)}))`,
        })
        .from(resources)
        .where(and(eq(resources.facilityId, canteen.id), eq(resources.kind, "sitting"))),
      db.select().from(pricingPolicies).where(eq(pricingPolicies.communityId, communityId)),
      // Each fund with its budget for the service date's month (the month's own, else its default).
      db
        .select({ ...getTableColumns(funds), budgetFen: budgetOfMonth(serviceDate.slice(0, 7)) })
        .from(funds)
        .where(eq(funds.communityId, communityId)),
      db
        .select()
        .from(facilityClosures)
        .where(
          and(
            eq(facilityClosures.facilityId, canteen.id),
            lt(facilityClosures.startsAt, zonedInstant(addDays(serviceDate, 1), "00:00", community.timeZone)),
            gt(facilityClosures.endsAt, zonedInstant(serviceDate, "00:00", community.timeZone)),
          ),
        ),
    ]),
  );
  const [sittingRows, policies, fundRows, closures] = rows.value;
  const policy = policyInForce(policies, serviceDate);
  if (!policy) throw new DomainError("unprocessable", "NO_POLICY", "No pricing policy is in force for this date");
  // How far ahead residents may order is the setting of the version in force today.
  const today = localDate(now, community.timeZone);
  const todays = policyInForce(policies, today);
  const lastOrderDate = addDays(today, todays ? PolicyRulesSchema.parse(todays.rules).orderDaysAhead : 0);
  const sittings = sittingRows.map((r) => ({
    resourceId: r.id,
    name: r.label as SittingName,
    // The capacity and cut-off in force on the service date: its one-off change, its weekday's template, the sitting's own.
    capacity: Number(r.capacity),
    start: String(r.attributes.start),
    end: String(r.attributes.end),
    orderCutoff: r.cutoff ?? String(r.attributes.orderCutoff),
  }));
  const range = (s: Sitting) => ({
    startsAt: zonedInstant(serviceDate, s.start, community.timeZone),
    endsAt: zonedInstant(serviceDate, s.end, community.timeZone),
  });
  /** The reason a closure gives for a sitting, if one overlaps it (the engine refuses its bookings too). */
  const closedFor = (s: Sitting) =>
    closures.find((c) => c.startsAt < range(s).endsAt && c.endsAt > range(s).startsAt)?.reason ?? null;
  const allClosed = closures.length > 0 && sittings.every((s) => closedFor(s) !== null);
  return {
    community,
    canteen,
    /** The community's configuration version this day was read at (the oldest of its parts). */
    configVersion: Math.min(place.version, rows.version),
    serviceDate,
    sittings,
    funds: fundRows,
    /** The reason when the whole day is closed (every sitting); a closed sitting alone shows in closedFor. */
    closed: allClosed ? closures[0]!.reason : null,
    closedFor,
    today,
    /** The dates a resident may order for: today through today + the policy's days ahead. */
    orderDates: Array.from({ length: daysBetween(today, lastOrderDate) + 1 }, (_, i) => addDays(today, i)),
    policy: { id: policy.id, version: policy.version, rules: PolicyRulesSchema.parse(policy.rules) },
    /** Whether orders (and refunds on cancellation) are still open for a sitting. */
    open: (s: Sitting) =>
      serviceDate > localDate(now, community.timeZone) ||
      (serviceDate === localDate(now, community.timeZone) &&
        beforeCutoff(localTime(now, community.timeZone), s.orderCutoff)),
    /** A sitting's booking range as UTC instants. */
    range,
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export type CanteenDay = Awaited<ReturnType<typeof loadCanteenDay>>;

/** Subsidy already committed per fund in a month (cancelled orders gave theirs back): one row per fund. */
export async function fundUsage(
  { db }: Pick<Deps, "db">,
  { communityId, month }: { communityId: string; month: string },
) {
  const rows = await db.all<{ fund_id: string; used: number }>(fundUsageQuery(communityId, month));
  return new Map(rows.map((r) => [r.fund_id, Number(r.used)]));
}

export const fundUsageQuery = (communityId: string, month: string) => sql`
    SELECT u.fund_id, u.amount_fen AS used FROM funds f JOIN fund_month_usage u ON u.fund_id = f.id AND u.month = ${month}
    WHERE f.community_id = ${communityId}`;

/** How many places a sitting has left on the day: the booking engine's own count, over resource r. */
export async function sittingTaken(
  { db }: Pick<Deps, "db">,
  { resourceId, range }: { resourceId: string; range: { startsAt: Date; endsAt: Date } },
) {
  const [row] = await db.all<{ taken: number }>(
    sql`SELECT ${placesTaken(range)} AS taken FROM resources r WHERE r.id = ${resourceId}`,
  );
  return Number(row?.taken ?? 0);
}
