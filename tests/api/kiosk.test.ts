import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KIOSK_SESSION_IDLE_MS, KIOSK_SESSION_TOUCH_MS } from "../../api/identity/rules";
import { kiosks } from "../../db/schema";
import { makeCommunity, makeKiosk } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { type Community, communityWithAdmin } from "../support/signed-in";

let t: TestApp;
let community: Community;
let cookie: string;
beforeAll(async () => ({ t, community, cookie } = await communityWithAdmin()));
afterAll(() => t.cleanup());

const createKiosk = () =>
  call(t, "POST", `/api/communities/${community.id}/kiosks`, {
    cookie,
    body: { name: "门口一号机", facilityId: community.facilityId },
  });
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe("kiosk pairing", () => {
  it("exchanges a pairing code once for a credential that opens the welcome screen", async () => {
    const created = await createKiosk();
    expect(created.status).toBe(201);
    expect(created.json.pairingCode).toMatch(/^\d{8}$/);
    const paired = await call(t, "POST", "/api/kiosk/pair", { body: { code: created.json.pairingCode } });
    expect(paired.status).toBe(200);
    const welcome = await call(t, "GET", "/api/kiosk/welcome", bearer(paired.json.token));
    expect(welcome.status).toBe(200);
    expect(welcome.json.community.id).toBe(community.id);
    expect(welcome.json.kiosk.facilityId).toBe(community.facilityId);
    const again = await call(t, "POST", "/api/kiosk/pair", { body: { code: created.json.pairingCode } });
    expect(again.status).toBe(401);
    expect(again.json.error.code).toBe("PAIRING_CODE_INVALID");
  });

  it("refuses a pairing code after ten minutes", async () => {
    const created = await createKiosk();
    t.clock.advance(10 * 60_000 + 1);
    expect((await call(t, "POST", "/api/kiosk/pair", { body: { code: created.json.pairingCode } })).status).toBe(401);
  });

  it("refuses kiosk calls without a credential or from a revoked kiosk", async () => {
    expect((await call(t, "GET", "/api/kiosk/welcome")).status).toBe(401);
    const kiosk = await makeKiosk(t.db, community);
    expect((await call(t, "GET", "/api/kiosk/welcome", bearer(kiosk.token))).status).toBe(200);
    await t.db.update(kiosks).set({ revokedAt: t.clock.now() }).where(eq(kiosks.id, kiosk.id));
    expect((await call(t, "GET", "/api/kiosk/welcome", bearer(kiosk.token))).status).toBe(401);
  });

  it("records the kiosk's last contact", async () => {
    const kiosk = await makeKiosk(t.db, community);
    t.clock.advance(5 * 60_000);
    await call(t, "GET", "/api/kiosk/welcome", bearer(kiosk.token));
    const [row] = await t.db.select().from(kiosks).where(eq(kiosks.id, kiosk.id));
    expect(row!.lastSeenAt?.getTime()).toBe(t.clock.now().getTime());
  });

  it("records the kiosk's build and last error from its heartbeat, scrubbed of personal data and dated by the server, for staff", async () => {
    const kiosk = await makeKiosk(t.db, community);
    t.clock.advance(2 * 60_000);
    const beat = await call(t, "POST", "/api/kiosk/heartbeat", {
      ...bearer(kiosk.token),
      body: {
        version: "0.1.0+abc1234",
        lastError: { message: "TypeError: no ticket for 13812345678 张秀英 LP1.secretcode", secondsAgo: 30 },
      },
    });
    expect(beat.status).toBe(200);
    expect(beat.json.at).toBe(t.clock.now().toISOString());
    const seen = (await call(t, "GET", `/api/communities/${community.id}/kiosks`, { cookie })).json.kiosks.find(
      (k: { id: string }) => k.id === kiosk.id,
    );
    expect(seen).toMatchObject({
      lastSeenAt: t.clock.now().toISOString(),
      appVersion: "0.1.0+abc1234",
      lastError: {
        message: "TypeError: no ticket for # ? LP*",
        at: new Date(t.clock.now().getTime() - 30_000).toISOString(),
      },
    });

    // A beat with no new error keeps the last one for staff; a new build replaces the version.
    t.clock.advance(60_000);
    await call(t, "POST", "/api/kiosk/heartbeat", {
      ...bearer(kiosk.token),
      body: { version: "0.1.1", lastError: null },
    });
    const [row] = await t.db.select().from(kiosks).where(eq(kiosks.id, kiosk.id));
    expect(row).toMatchObject({ appVersion: "0.1.1", lastError: "TypeError: no ticket for # ? LP*" });
    expect(row!.lastSeenAt?.getTime()).toBe(t.clock.now().getTime());
  });

  it("refuses a heartbeat without a credential, with an unbounded error or a version that is not a build name", async () => {
    const kiosk = await makeKiosk(t.db, community);
    const ok = { version: "0.1.0", lastError: null };
    expect((await call(t, "POST", "/api/kiosk/heartbeat", { body: ok })).status).toBe(401);
    const long = await call(t, "POST", "/api/kiosk/heartbeat", {
      ...bearer(kiosk.token),
      body: { version: "0.1.0", lastError: { message: "x".repeat(201), secondsAgo: 0 } },
    });
    expect(long.status).toBe(422);
    const named = await call(t, "POST", "/api/kiosk/heartbeat", {
      ...bearer(kiosk.token),
      body: { version: "王芳 138", lastError: null },
    });
    expect(named.status).toBe(422);
    const [row] = await t.db.select().from(kiosks).where(eq(kiosks.id, kiosk.id));
    expect(row).toMatchObject({ appVersion: null, lastError: null });
  });

  it("serves the kiosk's idle timings from the server's session limit: a warning, then the reset, before the server could end the session", async () => {
    const kiosk = await makeKiosk(t.db, community);
    const { json } = await call(t, "GET", "/api/kiosk/welcome", bearer(kiosk.token));
    expect(json.idle).toEqual({
      sessionSeconds: KIOSK_SESSION_IDLE_MS / 1000,
      resetSeconds: 100,
      warnSeconds: 20,
      keepAliveSeconds: 10,
    });
    // Her last tap's keepalive may wait one step, the server's record of it one touch more.
    const { resetSeconds, keepAliveSeconds, sessionSeconds, warnSeconds } = json.idle;
    expect((resetSeconds + keepAliveSeconds) * 1000 + KIOSK_SESSION_TOUCH_MS).toBeLessThanOrEqual(
      sessionSeconds * 1000,
    );
    expect(warnSeconds).toBeLessThan(resetSeconds);
    expect(json.scanner).toEqual({ maxGapMs: 80 });
  });

  it("refuses to register a kiosk at another community's facility", async () => {
    const elsewhere = await makeCommunity(t.db);
    const res = await call(t, "POST", `/api/communities/${community.id}/kiosks`, {
      cookie,
      body: { name: "X", facilityId: elsewhere.facilityId },
    });
    expect(res.status).toBe(404);
  });
});
