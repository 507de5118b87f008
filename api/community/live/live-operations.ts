import { and, eq, gte, sql } from "drizzle-orm";
import { alertStates, doorEvents, facilities, stationDoors } from "../../../db/schema";
import { inRoomNow } from "../../baby-room/admin/calendar";
import { loadCanteenDay, sittingTaken } from "../../canteen/canteen-day";
import { openWelfareAlerts } from "../../canteen/delivery";
import { listKiosks } from "../../identity/list-kiosks";
import { listOpenStaffCalls } from "../../identity/staff-calls/list-open-staff-calls";
import { liveOccupancy } from "../../station/live-occupancy";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { may } from "../../staff/permissions";
import { localDate, zonedInstant } from "../../shared/time";
import { findCommunity } from "../find-community";
import { notFound } from "../../shared/errors";
import { holding } from "../../booking/book";

/** A kiosk that has not been heard from for this long is shown as silent. */
export const SILENT_AFTER_MS = 5 * 60_000;

/**
 * Today across the community's facilities on one screen, for what the signed-in role may operate:
 * the canteen's sittings and places left, the study room's seats in use, the station's occupancy,
 * the children in the baby room, open alerts with who acknowledged them, and every kiosk's last contact.
 */
export async function liveOperations(
  deps: Deps,
  { actor, communityId }: { actor: StaffPrincipal; communityId: string },
) {
  const { db, clock } = deps;
  const now = clock.now();
  const community = await findCommunity({ db }, { id: communityId });
  if (!community) throw notFound("Community");
  const kinds = await db.select().from(facilities).where(eq(facilities.communityId, communityId));
  const has = (kind: (typeof kinds)[number]["kind"]) =>
    kinds.find((f) => f.kind === kind && may(actor.role, { facility: kind, action: "operate" }));
  const canteen = has("canteen");
  const study = has("study_room");
  const station = has("station");
  const baby = has("baby_room");
  const today = localDate(now, community.timeZone);
  return {
    date: today,
    at: now.toISOString(),
    canteen: canteen ? await canteenNow(deps, communityId, now) : null,
    studyRoom: study ? await studyNow(deps, study.id, now) : null,
    station: station ? (await liveOccupancy(deps, { communityId })).zones.map(({ people: _, ...z }) => z) : null,
    babyRoom: baby ? { inRoom: (await inRoomNow(deps, { communityId })).length } : null,
    alerts: await alerts(deps, {
      actor,
      communityId,
      since: zonedInstant(today, "00:00", community.timeZone),
      station,
    }),
    kiosks: (await listKiosks({ db }, { communityId }))
      .filter((k) => k.state === "paired" && kinds.some((f) => f.id === k.facilityId && has(f.kind)))
      .map((k) => ({
        ...k,
        silent: !k.lastSeenAt || now.getTime() - Date.parse(k.lastSeenAt) >= SILENT_AFTER_MS,
      })),
  };
}

async function canteenNow(deps: Deps, communityId: string, now: Date) {
  const day = await loadCanteenDay(deps, { communityId, now });
  return Promise.all(
    day.sittings.map(async (s) => {
      const taken = await sittingTaken(deps, { resourceId: s.resourceId, range: day.range(s) });
      return {
        name: s.name,
        start: s.start,
        end: s.end,
        orderCutoff: s.orderCutoff,
        capacity: s.capacity,
        taken,
        left: Math.max(0, s.capacity - taken),
        closed: day.closedFor(s),
      };
    }),
  );
}

async function studyNow({ db }: Deps, facilityId: string, now: Date) {
  const [row] = await db.all<{ seats: number; in_use: number; booked: number }>(sql`
    SELECT (SELECT count(*) FROM resources WHERE facility_id = ${facilityId} AND kind = 'seat' AND in_service = 1) AS seats,
      (SELECT count(*) FROM bookings WHERE facility_id = ${facilityId} AND status = 'checked_in'
        AND starts_at <= ${now.getTime()} AND ends_at > ${now.getTime()}) AS in_use,
      (SELECT count(*) FROM bookings WHERE facility_id = ${facilityId} AND status IN (${holding})
        AND starts_at <= ${now.getTime()} AND ends_at > ${now.getTime()}) AS booked`);
  return { seats: Number(row?.seats ?? 0), inUse: Number(row?.in_use ?? 0), bookedNow: Number(row?.booked ?? 0) };
}

async function alerts(
  deps: Deps,
  {
    actor,
    communityId,
    since,
    station,
  }: { actor: StaffPrincipal; communityId: string; since: Date; station: { id: string } | undefined },
) {
  const { db } = deps;
  const states = await db.select().from(alertStates).where(eq(alertStates.communityId, communityId));
  const state = (kind: string, id: string) => states.find((s) => s.kind === kind && s.alertId === id);
  const view = (
    kind: "staff_call" | "welfare" | "door",
    id: string,
    at: string,
    detail: { sos: boolean; where: string; facilityKind: string },
  ) => {
    const s = state(kind, id);
    return { kind, id, at, ...detail, acknowledgedAt: s?.acknowledgedAt?.toISOString() ?? null };
  };
  const calls = may(actor.role, { community: "staff_calls" })
    ? (await listOpenStaffCalls({ db }, { communityId })).map((c) =>
        view("staff_call", c.id, c.raisedAt, { sos: c.sos, where: c.kioskName, facilityKind: c.facilityKind }),
      )
    : [];
  const welfare = may(actor.role, { facility: "canteen", action: "welfare" })
    ? (await openWelfareAlerts({ db }, { communityId })).map((w) =>
        view("welfare", w.id, w.raisedAt, {
          sos: false,
          where: `${w.name}${w.grid ? ` · ${w.grid}` : ""}`,
          facilityKind: "canteen",
        }),
      )
    : [];
  const doors = station
    ? (
        await db
          .select({ id: doorEvents.id, at: doorEvents.at, door: stationDoors.name })
          .from(doorEvents)
          .innerJoin(stationDoors, eq(stationDoors.id, doorEvents.doorId))
          .where(
            and(
              eq(doorEvents.communityId, communityId),
              eq(doorEvents.outcome, "relay_failed"),
              gte(doorEvents.at, since),
            ),
          )
      )
        .filter((d) => !state("door", d.id)?.resolvedAt)
        .map((d) => view("door", d.id, d.at.toISOString(), { sos: false, where: d.door, facilityKind: "station" }))
    : [];
  return [...calls, ...welfare, ...doors].sort((a, b) => Number(b.sos) - Number(a.sos) || a.at.localeCompare(b.at));
}
