import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeKiosk, makeStaff } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { appWithCommunity, type Community, signedInStaff } from "../support/signed-in";

const START = "2026-11-23T02:00:00Z";
let t: TestApp;
let community: Community;
beforeAll(async () => ({ t, community } = await appWithCommunity(START)));
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(START));

const checked = (statuses: number[]) => statuses.filter((s) => s !== 429).length;

describe("limiters count the attempt before the check", () => {
  it("checks at most five of 40 sign-ins sent at once, so the right password sent among them does not get in", async () => {
    const who = await makeStaff(t.db, community, "canteen_staff");
    const guesses = Array.from({ length: 39 }, (_, i) => `wrong-guess-${i}`).concat(who.password);
    const answers = await Promise.all(
      guesses.map((password) => call(t, "POST", "/api/auth/sign-in", { body: { username: who.username, password } })),
    );
    const statuses = answers.map((a) => a.status);
    expect(checked(statuses)).toBeLessThanOrEqual(5);
    expect(statuses.at(-1)).toBe(429);
    t.clock.advance(16 * 60_000); // the window has passed: the right password works again
    expect(
      (await call(t, "POST", "/api/auth/sign-in", { body: { username: who.username, password: who.password } })).status,
    ).toBe(200);
  });

  it("backs off kiosk pairing after five wrong codes, even when they arrive at once", async () => {
    const { cookie } = await signedInStaff(t, community);
    const created = await call(t, "POST", `/api/communities/${community.id}/kiosks`, {
      cookie,
      body: { name: "门口二号机", facilityId: community.facilityId },
    });
    const code = created.json.pairingCode as string;
    const wrong = Array.from({ length: 30 }, (_, i) => String((Number(code) + i + 1) % 100_000_000).padStart(8, "0"));
    const answers = await Promise.all(wrong.map((c) => call(t, "POST", "/api/kiosk/pair", { body: { code: c } })));
    expect(checked(answers.map((a) => a.status))).toBeLessThanOrEqual(5);
    const right = await call(t, "POST", "/api/kiosk/pair", { body: { code } });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    t.clock.advance(2 * 60_000);
    expect((await call(t, "POST", "/api/kiosk/pair", { body: { code } })).status).toBe(200);
  });

  it("lets at most twenty of 40 identifications sent at once to one kiosk be checked", async () => {
    const kiosk = await makeKiosk(t.db, community);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(t, "POST", "/api/kiosk/identify", {
          body: { method: "qr", code: `LP1.nobody-${i}-xxxxxxxx` },
          headers: { authorization: `Bearer ${kiosk.token}` },
        }),
      ),
    );
    expect(checked(answers.map((a) => a.status))).toBe(20);
  });
});
