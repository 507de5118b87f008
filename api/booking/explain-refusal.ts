import { and, eq, sql } from "drizzle-orm";
import { bookings } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { holding, type BookInput } from "./book";
import { activeBan, bannedError } from "./bans";

/**
 * Nothing was written; say why. These reads decide nothing (the atomic statement did), they only
 * explain, in the order a person can act on: their key, the place, a ban, their own bookings, then "full".
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
  const [resource] = await db.all<{ facility_id: string; in_service: number }>(sql`
    SELECT facility_id, in_service FROM resources WHERE id = ${input.resourceId} AND community_id = ${input.communityId}`);
  if (!resource) throw notFound("Resource");
  if (!resource.in_service) throw new DomainError("conflict", "OUT_OF_SERVICE", "This place is out of service");
  const ban = await activeBan(deps, resource.facility_id, input.holder);
  if (ban) throw bannedError(ban);
  const now = clock.now().getTime();
  const mine = await db.all<{
    starts_at: number;
    ends_at: number;
    closed_at: number | null;
    status: string;
    resource_id: string;
  }>(sql`
    SELECT starts_at, ends_at, closed_at, status, resource_id FROM bookings
    WHERE holder_kind = ${input.holder.kind} AND holder_id = ${input.holder.id} AND facility_id = ${resource.facility_id}
      AND status IN (${holding}, 'completed') AND ends_at > ${Math.min(now, input.startsAt.getTime()) - 86_400_000}`);
  const live = mine.filter((b) => b.status !== "completed");
  const overlapsInput = (b: { starts_at: number; ends_at: number }) =>
    b.starts_at < input.endsAt.getTime() && b.ends_at > input.startsAt.getTime();
  const busy =
    input.holderLimit === "facility"
      ? live.some(overlapsInput)
      : input.holderLimit === "resource" && live.some((b) => overlapsInput(b) && b.resource_id === input.resourceId);
  if (busy) throw new DomainError("conflict", "HOLDER_BUSY", "You already have a booking at this time");
  const { activeBookings, minutesPerDay } = input.allowance ?? {};
  if (activeBookings !== undefined && live.filter((b) => b.ends_at > now).length >= activeBookings) {
    throw new DomainError(
      "conflict",
      "TOO_MANY_BOOKINGS",
      "You already hold as many bookings as one person may",
      undefined,
      { limit: activeBookings },
    );
  }
  if (minutesPerDay) {
    const { dayStart, dayEnd, minutes } = minutesPerDay;
    const used =
      mine
        .filter((b) => b.starts_at >= dayStart.getTime() && b.starts_at < dayEnd.getTime())
        .reduce((sum, b) => sum + Math.max(0, Math.min(b.closed_at ?? b.ends_at, b.ends_at) - b.starts_at), 0) / 60_000;
    if (used + (input.endsAt.getTime() - input.startsAt.getTime()) / 60_000 > minutes) {
      throw new DomainError(
        "conflict",
        "DAILY_LIMIT",
        "That would pass the hours one person may book in a day",
        undefined,
        { limitMinutes: minutes, usedMinutes: used },
      );
    }
  }
  throw new DomainError("conflict", "FULL", "No place is left at this time");
}
