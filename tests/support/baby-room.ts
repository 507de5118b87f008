import { expect } from "vitest";
import type * as schema from "../../db/schema";
import { SEED_SESSION_TYPES } from "../../api/seed/demo-baby-room";
import { makeBabyRoom, makeChild, makeKiosk, makeResident } from "./factories";
import { residentSessions } from "./kiosk-sessions";
import { appWithCommunity, signedInStaff } from "./signed-in";
import { call, type TestApp } from "./test-app";

type Headers = Record<string, string>;

/**
 * A community's baby room on the seeds' rules with its three session types (made through the admin
 * API), its kiosk, and ways to make families, sessions and kiosk sessions.
 */
export async function babyRoomAt(
  t: TestApp,
  community: { id: string },
  staffCookie: string,
  policy: Partial<typeof schema.babyRoomPolicies.$inferInsert> = {},
) {
  const room = await makeBabyRoom(t.db, community.id, policy);
  const kiosk = await makeKiosk(t.db, { id: community.id, facilityId: room.facilityId });
  const base = `/api/communities/${community.id}/baby-room`;
  const staff = (method: string, path: string, body?: unknown) =>
    call(t, method, `${base}${path}`, { cookie: staffCookie, body });
  const types: Record<string, string> = {};
  for (const type of SEED_SESSION_TYPES) {
    const res = await staff("POST", "/session-types", type);
    expect(res.status).toBe(201);
    types[type.kind] = res.json.id;
  }

  const sessionFor = residentSessions(t, { kiosk, cookie: staffCookie });

  /** A child of two with a guardian (and optionally more), each able to open a kiosk session. */
  async function newFamily(birthDate = "2024-06-01") {
    const guardian = await makeResident(t.db, community.id, { birthDate: "1990-04-02" });
    const child = await makeChild(t.db, community.id, [guardian.id], birthDate);
    return { guardian, child, headers: await sessionFor(guardian.id), visit: () => sessionFor(guardian.id) };
  }

  async function newSession(kind: "childcare" | "early_education" | "parent_child", startsAt: string, caregivers = 2) {
    const res = await staff("POST", "/sessions", { typeId: types[kind], startsAt, caregivers });
    expect(res.status).toBe(201);
    return res.json.id as string;
  }

  /** A weekly early-education class for one caregiver, on `weekday` (1 = Monday) at `startTime`. */
  const addWeeklyClass = (weekday: number, startTime: string) =>
    staff("POST", "/templates", { typeId: types.early_education, weekday, startTime, caregivers: 1 });

  const kioskCall = (headers: Headers, method: string, path: string, body?: unknown) =>
    call(t, method, `/api/kiosk/baby-room${path}`, { headers, body });
  const book = (headers: Headers, sessionId: string, childId: string, idempotencyKey = crypto.randomUUID()) =>
    kioskCall(headers, "POST", "/bookings", { sessionId, childId, idempotencyKey });
  const pickupCode = (headers: Headers, childId: string, personName: string, idempotencyKey = crypto.randomUUID()) =>
    kioskCall(headers, "POST", "/pickup-codes", { childId, personName, idempotencyKey });
  /** A new family whose child is booked on the session and checked in, well. */
  async function childInRoom(sessionId: string) {
    const family = await newFamily();
    const booked = await book(family.headers, sessionId, family.child.id);
    expect(booked.status).toBe(200);
    const checkIn = await kioskCall(family.headers, "POST", `/bookings/${booked.json.id}/check-in`, {
      temperature: 36.5,
      symptoms: [],
    });
    expect(checkIn.json.status).toBe("checked_in");
    return { ...family, bookingId: booked.json.id as string };
  }
  /** Staff change a child's free sessions by `amount` (e.g. those used elsewhere this year), with a fresh key. */
  const adjustAllowance = (childId: string, amount: number, reason: string) =>
    staff("POST", `/children/${childId}/ledger`, { amount, reason, idempotencyKey: crypto.randomUUID() });
  const ledger = async (childId: string) => {
    const res = await staff("GET", `/children/${childId}/ledger`);
    expect(res.status).toBe(200);
    return res.json as { balance: number; entries: { kind: string; amount: number; bookingId: string | null }[] };
  };
  return {
    ...room,
    kiosk,
    types,
    staff,
    sessionFor,
    newFamily,
    newSession,
    addWeeklyClass,
    kioskCall,
    book,
    pickupCode,
    childInRoom,
    adjustAllowance,
    ledger,
  };
}

export type BabyRoom = Awaited<ReturnType<typeof babyRoomAt>>;

/**
 * Where the baby-room API tests start: a fresh app with one community, its baby-room staff signed in
 * (`staff`, with their cookie) and the room on the seeds' rules (changed by `policy`).
 */
export async function babyRoomScene(start: string, policy: Parameters<typeof babyRoomAt>[3] = {}) {
  const { t, community } = await appWithCommunity(start);
  const staff = await signedInStaff(t, community, "baby_room_staff");
  const room = await babyRoomAt(t, community, staff.cookie, policy);
  return { t, community, staff, room };
}
