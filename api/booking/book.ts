import { and, eq, sql, type SQL } from "drizzle-orm";
import { bookings, type holderKinds } from "../../db/schema";
import { binder, compiledWrite } from "../../db/prepared";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { isoWeekday, localDate } from "../shared/time";
import { explainRefusal } from "./explain-refusal";
import { HOLDING_STATUSES, isValidRange, type HolderLimit, type TimeRange } from "./rules";
import { newId } from "../shared/crypto";

/** A holder's allowances at a facility, checked inside the booking statement itself. */
export type Allowance = {
  /** Bookings not yet over that one person may hold at once. */
  activeBookings?: number;
  /** Minutes one person may book on the local day [dayStart, dayEnd) the booking starts in. */
  minutesPerDay?: { minutes: number; dayStart: Date; dayEnd: Date };
};

export type BookInput = {
  communityId: string;
  resourceId: string;
  holder: { kind: (typeof holderKinds)[number]; id: string };
  startsAt: Date;
  endsAt: Date;
  quantity?: number;
  holderLimit: HolderLimit;
  /** The community's zone: the local date and weekday of the start pick the capacity in force. */
  timeZone: string;
  allowance?: Allowance;
  /** A walk-in sits down at once; a waitlist offer holds the place until it expires. */
  status?: "confirmed" | "checked_in" | "held";
  holdExpiresAt?: Date;
  /** One more condition the place depends on, such as the waitlist entry still waiting. */
  guard?: SQL;
  idempotencyKey: string;
};

/** The holding statuses as an SQL list, for `status IN (${holding})` wherever a query asks what takes capacity. */
export const holding = sql.join(
  HOLDING_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * How a builder below puts a value into its SQL: as itself (a parameter), or bound by name for a
 * statement compiled once (db/prepared.ts, `binder`). Every value of the booking statement goes
 * through it, so its compiled text never holds one call's value.
 */
type Bind = (name: string, value: unknown) => unknown;
const asIs: Bind = (_name, value) => value;

/** Which of the holder's other bookings (alias h) count against resource r. */
const holderScope = (limit: HolderLimit) =>
  limit === "facility" ? sql`h.facility_id = r.facility_id` : limit === "resource" ? sql`h.resource_id = r.id` : sql`0`;

const sameHolder = (input: BookInput, bind: Bind) =>
  sql`h.holder_kind = ${bind("holderKind", input.holder.kind)} AND h.holder_id = ${bind("holderId", input.holder.id)} AND h.facility_id = r.facility_id`;

/**
 * Places of resource r held during the range. Counting every holding booking that overlaps is exact
 * for whole slots and single seats and errs towards "full", never towards overbooking, for partial
 * overlaps. Ranges are half-open: a booking ending at 10:00 and one starting at 10:00 do not overlap.
 * The count comes from resource_load (holding quantities per booked range, kept by triggers), read
 * by the ranges that end after the start: a sitting's day is one row, and history never enters.
 */
export const placesTaken = ({ startsAt, endsAt }: TimeRange, bind = asIs) =>
  sql`(SELECT coalesce(sum(l.taken), 0) FROM resource_load l INDEXED BY resource_load_end
       WHERE l.resource_id = r.id AND l.ends_at > ${bind("start", startsAt.getTime())} AND l.starts_at < ${bind("end", endsAt.getTime())})`;

/**
 * Resource r's capacity on a local date: that date's one-off change, else its weekday's template,
 * else the resource's own. The one place capacity is decided; the engine, the admin's figures and
 * the kiosk's "places left" all read it.
 */
export const capacityOn = (date: string, resource: SQL = sql`r.id`, fallback: SQL = sql`r.capacity`, bind = asIs) =>
  sql`coalesce(
    (SELECT cc.capacity FROM capacity_changes cc WHERE cc.resource_id = ${resource} AND cc.date = ${bind("date", date)}),
    (SELECT ct.capacity FROM capacity_templates ct WHERE ct.resource_id = ${resource} AND ct.weekday = ${bind("weekday", isoWeekday(date))}),
    ${fallback})`;

/** Milliseconds the holder has booked on the allowance's local day; time given back (left early) does not count. */
export const usedOnDay = (input: BookInput, day: NonNullable<Allowance["minutesPerDay"]>, bind = asIs) =>
  sql`(SELECT coalesce(sum(max(0, min(coalesce(h.closed_at, h.ends_at), h.ends_at) - h.starts_at)), 0) FROM bookings h
      WHERE ${sameHolder(input, bind)} AND h.status IN (${holding}, 'completed')
        AND h.starts_at >= ${bind("dayStart", day.dayStart.getTime())} AND h.starts_at < ${bind("dayEnd", day.dayEnd.getTime())})`;

/** Why a booking can be refused, in the order a person can act on it. */
export type RefusalCode =
  | "OUT_OF_SERVICE"
  | "CLOSURE"
  | "BANNED"
  | "HOLDER_BUSY"
  | "TOO_MANY_BOOKINGS"
  | "DAILY_LIMIT"
  | "FULL";

/**
 * Every condition a booking must meet, over resource r, each with the refusal it brings. The
 * booking statement requires them all at once; explainRefusal evaluates the very same SQL to say
 * which failed, so the rule and its explanation cannot drift apart.
 */
export function bookingConditions(input: BookInput, now: number, bind = asIs): { code: RefusalCode; holds: SQL }[] {
  const [start, end] = [bind("start", input.startsAt.getTime()), bind("end", input.endsAt.getTime())];
  const { activeBookings, minutesPerDay } = input.allowance ?? {};
  const [kind, holder, at] = [
    bind("holderKind", input.holder.kind),
    bind("holderId", input.holder.id),
    bind("now", now),
  ];
  return [
    { code: "OUT_OF_SERVICE", holds: sql`r.in_service = 1` },
    {
      code: "CLOSURE",
      holds: sql`NOT EXISTS (SELECT 1 FROM facility_closures x
           WHERE x.facility_id = r.facility_id AND x.starts_at < ${end} AND x.ends_at > ${start})`,
    },
    {
      code: "BANNED",
      holds: sql`NOT EXISTS (SELECT 1 FROM booking_bans x
           WHERE x.holder_kind = ${kind} AND x.holder_id = ${holder} AND x.facility_id = r.facility_id
             AND x.lifted_at IS NULL AND x.starts_at <= ${at} AND x.ends_at > ${at})`,
    },
    {
      code: "HOLDER_BUSY",
      holds: sql`NOT EXISTS (SELECT 1 FROM bookings h
           WHERE h.holder_kind = ${kind} AND h.holder_id = ${holder} AND h.status IN (${holding})
             AND h.starts_at < ${end} AND h.ends_at > ${start} AND ${holderScope(input.holderLimit)})`,
    },
    ...(activeBookings === undefined
      ? []
      : [
          {
            code: "TOO_MANY_BOOKINGS" as const,
            holds: sql`(SELECT count(*) FROM bookings h WHERE ${sameHolder(input, bind)} AND h.status IN (${holding}) AND h.ends_at > ${at}) < ${bind("activeBookings", activeBookings)}`,
          },
        ]),
    ...(minutesPerDay
      ? [
          {
            code: "DAILY_LIMIT" as const,
            holds: sql`${usedOnDay(input, minutesPerDay, bind)} + ${bind("length", input.endsAt.getTime() - input.startsAt.getTime())} <= ${bind("dailyMs", minutesPerDay.minutes * 60_000)}`,
          },
        ]
      : []),
    {
      code: "FULL",
      holds: sql`${placesTaken(input, bind)} + ${bind("quantity", input.quantity ?? 1)} <= ${capacityOn(localDate(input.startsAt, input.timeZone), undefined, undefined, bind)}`,
    },
  ];
}

/**
 * The one way any facility takes capacity. A single INSERT … SELECT checks capacity, service,
 * bans, the holder's other bookings and allowances and the idempotency key in the same statement,
 * so two kiosks racing for the last place cannot both win and a retried request never books
 * twice. Returned unexecuted, so a facility can batch it with what depends on it. Its text depends
 * only on which conditions apply, so it is compiled once per such shape and its values bound
 * (db/prepared.ts); the caller's guard, the one condition of its own, is appended.
 */
export function bookingStatement({ db, clock }: Pick<Deps, "db" | "clock">, input: BookInput, bookingId: string) {
  if (!isValidRange(input)) throw new DomainError("invalid", "INVALID_RANGE", "A booking must end after it starts");
  const values: Record<string, unknown> = {};
  const head = bookingHead(input, bookingId, clock.now().getTime(), binder(values));
  const { activeBookings, minutesPerDay } = input.allowance ?? {};
  const shape = `booking:${input.holderLimit}:${activeBookings !== undefined}:${minutesPerDay !== undefined}`;
  return compiledWrite(db, shape, head, values, bookingTail(input));
}

/** The booking statement up to the caller's guard: every value through `bind`. */
export function bookingHead(input: BookInput, bookingId: string, now: number, bind = asIs) {
  const status = input.status ?? "confirmed";
  const conditions = bookingConditions(input, now, bind).map((c) => c.holds);
  return sql`
    INSERT INTO bookings (id, community_id, facility_id, resource_id, holder_kind, holder_id, starts_at, ends_at, quantity, status, checked_in_at, hold_expires_at, idempotency_key, created_at)
    SELECT ${bind("id", bookingId)}, r.community_id, r.facility_id, r.id, ${bind("holderKind", input.holder.kind)}, ${bind("holderId", input.holder.id)},
      ${bind("start", input.startsAt.getTime())}, ${bind("end", input.endsAt.getTime())}, ${bind("quantity", input.quantity ?? 1)}, ${bind("status", status)},
      ${bind("checkedInAt", status === "checked_in" ? now : null)}, ${bind("holdExpiresAt", input.holdExpiresAt?.getTime() ?? null)}, ${bind("key", input.idempotencyKey)}, ${bind("now", now)}
    FROM resources r
    WHERE r.id = ${bind("resourceId", input.resourceId)} AND r.community_id = ${bind("communityId", input.communityId)} AND ${sql.join(conditions, sql` AND `)} AND `;
}

/** The rest: the caller's guard, and the key's second request writing nothing. */
export const bookingTail = (input: BookInput) =>
  sql`${input.guard ?? sql`1`} ON CONFLICT (community_id, idempotency_key) DO NOTHING`;

/** Books standalone: the booking, or the first booking made with this key, or why not. */
export async function book(deps: Deps, input: BookInput) {
  const id = newId();
  await deps.db.batch([bookingStatement(deps, input, id)]);
  const [row] = await deps.db
    .select()
    .from(bookings)
    .where(and(eq(bookings.communityId, input.communityId), eq(bookings.id, id)));
  return row ?? explainRefusal(deps, input);
}
