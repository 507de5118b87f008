import { and, eq, sql } from "drizzle-orm";
import { bookings } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { activeBan, bannedError } from "./bans";
import { type BookInput, bookingConditions, type RefusalCode, usedOnDay } from "./book";

const refusals: Record<Exclude<RefusalCode, "BANNED">, string> = {
  OUT_OF_SERVICE: "This place is out of service",
  CLOSURE: "The facility is closed at this time",
  HOLDER_BUSY: "You already have a booking at this time",
  TOO_MANY_BOOKINGS: "You already hold as many bookings as one person may",
  DAILY_LIMIT: "That would pass the hours one person may book in a day",
  FULL: "No place is left at this time",
};

/**
 * Nothing was written; say why. The booking statement's own conditions are evaluated again, one
 * column each, and the first that fails is the answer: the same SQL decides and explains. Nothing
 * here decides anything (the atomic statement did); a condition that has changed since only
 * changes the wording, and "full" is the answer when all hold again.
 */
export async function explainRefusal(deps: Pick<Deps, "db" | "clock">, input: BookInput) {
  const { db, clock } = deps;
  const [earlier] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.communityId, input.communityId), eq(bookings.idempotencyKey, input.idempotencyKey)));
  if (earlier) {
    const same =
      earlier.resourceId === input.resourceId &&
      earlier.holderId === input.holder.id &&
      earlier.startsAt.getTime() === input.startsAt.getTime();
    if (same) return earlier;
    throw new DomainError(
      "conflict",
      "IDEMPOTENCY_KEY_REUSED",
      "This request key was already used for a different booking",
    );
  }
  const conditions = bookingConditions(input, clock.now().getTime());
  const day = input.allowance?.minutesPerDay;
  const [row] = await db.all<Record<string, number | string>>(sql`
    SELECT r.facility_id AS facility, ${day ? usedOnDay(input, day) : sql`0`} AS used,
      ${sql.join(
        conditions.map((c, i) => sql`(${c.holds}) AS ${sql.raw(`c${i}`)}`),
        sql`, `,
      )}
    FROM resources r WHERE r.id = ${input.resourceId} AND r.community_id = ${input.communityId}`);
  if (!row) throw notFound("Resource");
  const failed = conditions.find((_, i) => !Number(row[`c${i}`]))?.code ?? "FULL";
  if (failed === "BANNED") {
    const ban = await activeBan(deps, { facilityId: String(row.facility), holder: input.holder });
    if (ban) throw bannedError(ban);
  }
  const code = failed === "BANNED" ? "FULL" : failed;
  const details =
    code === "TOO_MANY_BOOKINGS"
      ? { limit: input.allowance?.activeBookings }
      : code === "DAILY_LIMIT"
        ? { limitMinutes: day?.minutes, usedMinutes: Number(row.used) / 60_000 }
        : undefined;
  throw new DomainError("conflict", code, refusals[code], undefined, details);
}
