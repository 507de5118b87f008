import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import { makeResident } from "../support/factories";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

// 2026-11-24, a Tuesday, 08:30 in Shanghai; today's childcare session runs 09:00–12:00.
const MORNING = "2026-11-24T00:30:00Z";
const NINE = "2026-11-24T01:00:00Z";
let t: TestApp;
let room: BabyRoom;
let community: Community;
let staffCookie: string;
let session: string;
beforeAll(async () => {
  ({
    t,
    community,
    room,
    staff: { cookie: staffCookie },
  } = await babyRoomScene(MORNING));
  session = await room.newSession("childcare", NINE, 2);
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

const healthy = { temperature: 36.6, symptoms: [] };

/** A family booked into today's session with the child checked in by the guardian. */
const childInRoom = () => room.childInRoom(session);
/** The resident at the kiosk, taking the booked child home. */
const checkOutBy = async (residentId: string, bookingId: string) =>
  room.kioskCall(await room.sessionFor(residentId), "POST", `/bookings/${bookingId}/check-out`);

describe("check-in at the baby room's kiosk", () => {
  it("records the entry answers and keeps out a child with a fever, recording the refusal", async () => {
    const family = await room.newFamily();
    const booked = await room.book(family.headers, session, family.child.id);
    const fever = await room.kioskCall(family.headers, "POST", `/bookings/${booked.json.id}/check-in`, {
      temperature: 37.8,
      symptoms: [],
    });
    expect(fever.status).toBe(409);
    expect(fever.json.error.code).toBe("FEVER");
    const ok = await room.kioskCall(family.headers, "POST", `/bookings/${booked.json.id}/check-in`, healthy);
    expect(ok.json.status).toBe("checked_in");
    const door = (await room.staff("GET", "/door")).json as { kind: string; temperature: number; reason: string }[];
    expect(door.filter((e) => e.kind === "check_in_refused")).toContainEqual(
      expect.objectContaining({ temperature: 37.8, reason: "FEVER" }),
    );
    const inRoom = (await room.staff("GET", "/in-room")).json as { bookingId: string; byName: string }[];
    expect(inRoom).toContainEqual(expect.objectContaining({ bookingId: booked.json.id, byName: family.guardian.name }));
  });
});

describe("check-out only by an authorised guardian", () => {
  it("refuses another person's pass and records the refusal; a grandparent staff authorised takes the child home", async () => {
    const family = await childInRoom();
    const neighbour = await makeResident(t.db, community.id);
    const refused = await checkOutBy(neighbour.id, family.bookingId);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("NOT_A_GUARDIAN");
    const door = (await room.staff("GET", "/door")).json as { kind: string; byName: string; reason: string }[];
    expect(door).toContainEqual(
      expect.objectContaining({ kind: "check_out_refused", byName: neighbour.name, reason: "NOT_A_GUARDIAN" }),
    );

    const grandpa = await makeResident(t.db, community.id, { birthDate: "1955-03-03" });
    const added = await room.staff("POST", `/children/${family.child.id}/guardians`, {
      residentId: grandpa.id,
      relation: "grandfather",
      reason: "parents work late on Tuesdays",
    });
    expect(added.status).toBe(201);
    const out = await checkOutBy(grandpa.id, family.bookingId);
    expect(out.status).toBe(200);
    expect(out.json.status).toBe("completed");
  });

  it("lets the person named on a pickup code collect the child once", async () => {
    const family = await childInRoom();
    const made = await room.pickupCode(family.headers, family.child.id, "王阿姨");
    expect(made.status).toBe(201);
    const kiosk = { authorization: `Bearer ${room.kiosk.token}` };
    const first = await call(t, "POST", "/api/kiosk/baby-room/pickup", {
      headers: kiosk,
      body: { code: made.json.code },
    });
    expect(first.status).toBe(200);
    expect(first.json.status).toBe("completed");
    const again = await call(t, "POST", "/api/kiosk/baby-room/pickup", {
      headers: kiosk,
      body: { code: made.json.code },
    });
    expect(again.status).toBe(403);
    expect(again.json.error.code).toBe("CODE_USED");
    const wrong = await call(t, "POST", "/api/kiosk/baby-room/pickup", { headers: kiosk, body: { code: "00000000" } });
    expect(wrong.json.error.code).toBe("CODE_UNKNOWN");
  });

  it("spends a pickup code once when two kiosks present it at the same moment", async () => {
    const family = await childInRoom();
    const made = await room.pickupCode(family.headers, family.child.id, "李叔叔");
    const kiosk = { authorization: `Bearer ${room.kiosk.token}` };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(t, "POST", "/api/kiosk/baby-room/pickup", { headers: kiosk, body: { code: made.json.code } }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
  });
});

describe("guardians and staff roles", () => {
  it("answers a duplicate guardian with a clear 409, both when adding one and when creating a child", async () => {
    const family = await room.newFamily();
    const again = await room.staff("POST", `/children/${family.child.id}/guardians`, {
      residentId: family.guardian.id,
      relation: "mother",
      reason: "entered twice by mistake",
    });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("GUARDIAN_EXISTS");
    const twice = await call(t, "POST", `/api/communities/${community.id}/children`, {
      cookie: staffCookie,
      body: {
        name: "小明",
        birthDate: "2025-01-01",
        guardians: [
          { residentId: family.guardian.id, relation: "mother" },
          { residentId: family.guardian.id, relation: "mother" },
        ],
      },
    });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe("DUPLICATE_GUARDIAN");
  });

  it("removes a guardian with a reason, after which their pass cannot take the child home", async () => {
    const family = await childInRoom();
    const aunt = await makeResident(t.db, community.id);
    await room.staff("POST", `/children/${family.child.id}/guardians`, {
      residentId: aunt.id,
      relation: "aunt",
      reason: "helps in the mornings",
    });
    const removed = await room.staff("POST", `/children/${family.child.id}/guardians/${aunt.id}/remove`, {
      reason: "family asked",
    });
    expect(removed.status).toBe(200);
    const refused = await checkOutBy(aunt.id, family.bookingId);
    expect(refused.json.error.code).toBe("NOT_A_GUARDIAN");
  });

  it("shows the baby-room staff nothing of the canteen's money, and the canteen staff nothing of the baby room", async () => {
    const month = "2026-11";
    const settlement = await call(t, "GET", `/api/communities/${community.id}/canteen/settlement?month=${month}`, {
      cookie: staffCookie,
    });
    expect(settlement.status).toBe(403);
    const resident = await makeResident(t.db, community.id);
    const card = await call(t, "GET", `/api/communities/${community.id}/meal-cards/${resident.id}`, {
      cookie: staffCookie,
    });
    expect(card.status).toBe(403);
    const { cookie } = await signedInStaff(t, community, "canteen_staff");
    const ledger = await call(t, "GET", `/api/communities/${community.id}/baby-room/in-room`, { cookie });
    expect(ledger.status).toBe(403);
  });

  it("reports attendance and free sessions used by month, also as CSV", async () => {
    await childInRoom();
    const report = await room.staff("GET", "/report?year=2026");
    expect(report.status).toBe(200);
    const november = report.json.months[10];
    expect(november.attended).toBeGreaterThanOrEqual(1);
    expect(november.freeUsed).toBe(november.bookings - november.cancelled);
    const csv = await t.app.request(`http://localhost/api/communities/${community.id}/baby-room/report.csv?year=2026`, {
      headers: { cookie: staffCookie },
    });
    const text = await csv.text();
    expect(text).toContain("month,bookings,attended");
    expect(text).toContain(`2026-11,${november.bookings},${november.attended}`);
  });
});
