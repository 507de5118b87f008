import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { book, bookingHead, bookingStatement, bookingTail, type BookInput } from "../../api/booking/book";
import { cancelBooking } from "../../api/booking/cancel-booking";
import { joinWaitlist, offerFreedPlaces } from "../../api/booking/waitlist";
import { queryOf } from "../../db/prepared";
import * as t from "../../db/schema";
import { makeCommunity, makeResource as makeResourceRow, makeStudyRoom } from "../support/factories";
import type { TestApp } from "../support/test-app";
import { appWithCommunity, type Community } from "../support/signed-in";

let app: TestApp;
let community: Community;
beforeAll(async () => ({ t: app, community } = await appWithCommunity()));
afterAll(() => app.cleanup());

const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const makeResource = (capacity: number) => makeResourceRow(app.db, community, "seat", capacity);
const nine = new Date("2026-11-24T01:00:00Z");
const hours = (n: number) => new Date(nine.getTime() + n * 3_600_000);
const request = (resourceId: string, holderId: string, extra: Partial<BookInput> = {}): BookInput => ({
  communityId: community.id,
  resourceId,
  holder: { kind: "resident", id: holderId },
  startsAt: hours(0),
  endsAt: hours(2),
  holderLimit: "resource",
  timeZone: "Asia/Shanghai",
  idempotencyKey: crypto.randomUUID(),
  ...extra,
});
const settle = (inputs: BookInput[]) => Promise.allSettled(inputs.map((i) => book(deps(), i)));
const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === "rejected" ? (r.reason as { code: string }).code : "OK";

describe("the booking engine", () => {
  it("binds every value of the booking statement it compiles once per shape", async () => {
    const { db, clock } = deps();
    const seat = await makeResource(1);
    const allowance = { activeBookings: 2, minutesPerDay: { minutes: 180, dayStart: hours(-1), dayEnd: hours(23) } };
    const inputs = [
      request(seat.id, "first", { allowance, guard: sql`1 = ${1}` }),
      request(seat.id, "second", {
        allowance: { activeBookings: 3, minutesPerDay: { minutes: 240, dayStart: hours(-2), dayEnd: hours(22) } },
        startsAt: hours(3),
        endsAt: hours(4),
        quantity: 2,
        status: "checked_in",
        holdExpiresAt: hours(5),
        guard: sql`2 = ${2}`,
      }),
    ];
    // The first primes the shape; the second must carry its own values, as built afresh.
    for (const [i, input] of inputs.entries()) {
      const compiled = queryOf(bookingStatement({ db, clock }, input, `b${i}`));
      const afresh = queryOf(db.run(sql`${bookingHead(input, `b${i}`, clock.now().getTime())}${bookingTail(input)}`));
      expect({ sql: compiled.sql, params: compiled.params }).toEqual({ sql: afresh.sql, params: afresh.params });
    }
  });

  it("books exactly the capacity when 100 people race for 10 places", async () => {
    const sitting = await makeResource(10);
    const results = await settle(Array.from({ length: 100 }, (_, i) => request(sitting.id, `p${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(new Set(results.filter((r) => r.status === "rejected").map(codeOf))).toEqual(new Set(["FULL"]));
  });

  it("gives one seat and one range to exactly one of 100 simultaneous bookings", async () => {
    const seat = await makeResource(1);
    const results = await settle(Array.from({ length: 100 }, (_, i) => request(seat.id, `s${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("lets a range that starts when another ends share the seat", async () => {
    const seat = await makeResource(1);
    await book(deps(), request(seat.id, "early"));
    await book(deps(), request(seat.id, "late", { startsAt: hours(2), endsAt: hours(4) }));
    await expect(
      book(deps(), request(seat.id, "overlap", { startsAt: hours(1), endsAt: hours(3) })),
    ).rejects.toMatchObject({ code: "FULL" });
  });

  it("holds one person to one seat at a time across the facility when the policy says so", async () => {
    const [a, b] = [await makeResource(1), await makeResource(1)];
    const results = await settle([a, b].map((seat) => request(seat.id, "one-person", { holderLimit: "facility" })));
    expect(results.map(codeOf).sort()).toEqual(["HOLDER_BUSY", "OK"]);
  });

  it("answers 50 retries of one request key with the first booking and books once", async () => {
    const sitting = await makeResource(5);
    const input = request(sitting.id, "retrier");
    const results = await Promise.all(Array.from({ length: 50 }, () => book(deps(), input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const others = await settle(Array.from({ length: 10 }, (_, i) => request(sitting.id, `o${i}`)));
    expect(others.filter((r) => r.status === "fulfilled")).toHaveLength(4);
  });

  it("refuses a request key reused for a different booking", async () => {
    const seat = await makeResource(3);
    const first = request(seat.id, "x");
    await book(deps(), first);
    await expect(book(deps(), { ...first, holder: { kind: "resident", id: "y" } })).rejects.toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
    });
  });

  it("frees the place on cancellation, and a second cancellation changes nothing", async () => {
    const seat = await makeResource(1);
    const first = await book(deps(), request(seat.id, "canceller"));
    await cancelBooking(deps(), { communityId: community.id, bookingId: first.id });
    await expect(cancelBooking(deps(), { communityId: community.id, bookingId: first.id })).rejects.toMatchObject({
      code: "NOT_CANCELLABLE",
    });
    expect((await book(deps(), request(seat.id, "next"))).status).toBe("confirmed");
  });

  it("refuses an empty range and a resource of another community", async () => {
    const seat = await makeResource(1);
    await expect(book(deps(), request(seat.id, "z", { endsAt: hours(0) }))).rejects.toMatchObject({
      code: "INVALID_RANGE",
    });
    const elsewhere = await makeCommunity(app.db);
    await expect(book(deps(), request(seat.id, "z", { communityId: elsewhere.id }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the waitlist over places", () => {
  it("offers a place that frees on a resource of several places, where others still hold the rest", async () => {
    // A facility with a booking policy (the study room's defaults) and one resource of 3 places,
    // such as a shower block or a baby-room session; its one seat is out of service.
    const room = await makeStudyRoom(app.db, community.id, 1);
    await app.db.update(t.resources).set({ inService: false }).where(eq(t.resources.id, room.seats[0]!.id));
    const session = await makeResource(3);
    await app.db.update(t.resources).set({ facilityId: room.facilityId }).where(eq(t.resources.id, session.id));
    const at = (holderId: string) => request(session.id, holderId, { holderLimit: "facility" });
    const booked = await Promise.all(["a", "b", "c"].map((p) => book(deps(), at(p))));
    await expect(book(deps(), at("d"))).rejects.toMatchObject({ code: "FULL" });
    const input = { communityId: community.id, facilityId: room.facilityId, startsAt: hours(0), endsAt: hours(2) };
    await joinWaitlist(deps(), { ...input, holder: { kind: "resident", id: "d" }, idempotencyKey: "d-waits" });
    expect(await offerFreedPlaces(deps(), { facilityId: room.facilityId })).toBe(0);
    await cancelBooking(deps(), { communityId: community.id, bookingId: booked[0]!.id });
    // Two of three places are still held: one is free, and it goes to the one in line.
    expect(await offerFreedPlaces(deps(), { facilityId: room.facilityId })).toBe(1);
    const [held] = await app.db
      .select()
      .from(t.bookings)
      .where(and(eq(t.bookings.holderId, "d"), eq(t.bookings.status, "held")));
    expect(held).toMatchObject({ resourceId: session.id });
  });
});
