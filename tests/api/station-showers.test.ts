import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openKioskSession } from "../../api/identity/kiosk-session";
import { makeCourier, makeKiosk } from "../support/factories";
import { createStationTestApp, type stationAt } from "../support/station";
import { call, type TestApp } from "../support/test-app";

let t: TestApp;
let s: Awaited<ReturnType<typeof stationAt>>;
let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
beforeAll(async () => {
  let community: { id: string };
  ({ t, s, community } = await createStationTestApp());
  kiosk = await makeKiosk(t.db, { id: community.id, facilityId: s.facility.id });
});
afterAll(() => t.cleanup());

/** A courier at the station kiosk; a kiosk session lasts two minutes, so after the clock moves they identify again. */
async function rider() {
  const courier = await makeCourier(t.db, s.facility.communityId);
  let headers: Record<string, string> = {};
  const identify = async () => {
    const { token } = await openKioskSession(t, { kiosk, holder: { kind: "courier", id: courier.id }, method: "qr" });
    headers = { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": token };
  };
  await identify();
  const kioskCall = (method: string, path: string, body?: unknown) =>
    call(t, method, `/api/kiosk/station${path}`, { headers, body });
  return { courier, kioskCall, identify };
}
const key = () => crypto.randomUUID();

describe("showers", () => {
  it("gives the last free slot to exactly one of 20 riders tapping it at once", async () => {
    const first = await rider();
    const board = (await first.kioskCall("GET", "/showers")).json;
    expect(board.showers.map((x: { state: string }) => x.state)).toEqual(["free", "free"]);
    const [one, two] = board.showers as { id: string; nextStart: string }[];
    expect(
      (
        await first.kioskCall("POST", "/showers/bookings", {
          showerId: one!.id,
          startsAt: one!.nextStart,
          idempotencyKey: key(),
        })
      ).status,
    ).toBe(200);

    const riders = await Promise.all(Array.from({ length: 20 }, rider));
    const answers = await Promise.all(
      riders.map((r) =>
        r.kioskCall("POST", "/showers/bookings", {
          showerId: two!.id,
          startsAt: two!.nextStart,
          idempotencyKey: key(),
        }),
      ),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.json.error.code)).toEqual(Array(19).fill("FULL"));
    const won = answers.find((a) => a.status === 200)!.json;
    // The slot is 20 minutes and the shower is cleaned for 10 after it.
    expect(Date.parse(won.showerEndsAt) - Date.parse(won.startsAt)).toBe(20 * 60_000);
    expect(Date.parse(won.endsAt) - Date.parse(won.showerEndsAt)).toBe(10 * 60_000);

    // Both taken: the next free start of each is after its use and cleaning.
    const after = (await first.kioskCall("GET", "/showers")).json;
    expect(after.showers.map((x: { state: string }) => x.state)).toEqual(["booked", "booked"]);
    expect(after.showers[1].nextStart).toBe(won.endsAt);
    expect(after.mine.showerId).toBe(one!.id);
  });

  it("queues a rider when no shower is free, and offers the shower a no-show releases", async () => {
    const waiting = await rider();
    const joined = await waiting.kioskCall("POST", "/showers/queue", { idempotencyKey: key() });
    expect(joined.status).toBe(200);
    expect((await waiting.kioskCall("GET", "/showers")).json.queue).toEqual({ waiting: 1, myPlace: 1 });

    // Nobody starts their shower: after the grace period the duties release both and offer one.
    t.clock.advance(11 * 60_000);
    const duties = await t.scheduled();
    expect(duties).toMatchObject({ noShows: 2, offers: 1 });
    await waiting.identify();
    const board = (await waiting.kioskCall("GET", "/showers")).json;
    expect(board.mine.status).toBe("held");
    const accepted = await waiting.kioskCall("POST", `/showers/offers/${board.mine.id}/accept`);
    expect(accepted.json.status).toBe("confirmed");
    const started = await waiting.kioskCall("POST", `/showers/bookings/${board.mine.id}/start`);
    expect(started.json.status).toBe("checked_in");
    expect((await waiting.kioskCall("GET", "/showers")).json.showers.map((x: { state: string }) => x.state)).toContain(
      "in_use",
    );
  });

  it("refuses a queue when a shower is free", async () => {
    t.clock.advance(2 * 60 * 60_000);
    await t.scheduled();
    const r = await rider();
    const res = await r.kioskCall("POST", "/showers/queue", { idempotencyKey: key() });
    expect([res.status, res.json.error.code]).toEqual([409, "SHOWER_FREE"]);
  });
});
