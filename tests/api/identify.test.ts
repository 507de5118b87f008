import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rotatingCode } from "../../common/rotating-code";
import { sha256 } from "../../api/shared/crypto";
import { identifications, kioskSessions, kiosks, passes } from "../../db/schema";
import {
  descriptorNear,
  makeCommunity,
  makeCourier,
  makeKiosk,
  makeResident,
  randomDescriptor,
} from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { type Community, communityWithAdmin } from "../support/signed-in";

let t: TestApp;
let community: Community;
let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
let cookie: string;
beforeAll(async () => {
  ({ t, community, cookie } = await communityWithAdmin());
  kiosk = await makeKiosk(t.db, community);
});
afterAll(() => t.cleanup());

const base = () => `/api/communities/${community.id}`;
const asKiosk = (k: { token: string }, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${k.token}`,
  ...extra,
});
const identify = (body: unknown, k = kiosk) => call(t, "POST", "/api/kiosk/identify", { body, headers: asKiosk(k) });
async function issuePass(kind: string, id: string) {
  const res = await call(t, "POST", `${base()}/passes`, { cookie, body: { holders: [{ kind, id }] } });
  expect(res.status).toBe(201);
  return res.json.passes[0].code as string;
}
async function enrol(residentId: string, descriptor: number[]) {
  expect(
    (
      await call(t, "POST", `${base()}/face-consents`, {
        cookie,
        body: { kind: "resident", id: residentId, consentTextVersion: "2026-01", consentedBy: "本人" },
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await call(t, "POST", `${base()}/face-templates`, {
        cookie,
        body: { kind: "resident", id: residentId, descriptor },
      })
    ).status,
  ).toBe(201);
}
const freshKiosk = () => makeKiosk(t.db, community);

describe("printed QR passes", () => {
  it("identify their holder and open a kiosk session that greets them by name", async () => {
    const resident = await makeResident(t.db, community.id);
    const code = await issuePass("resident", resident.id);
    expect(code).not.toContain(resident.id);
    const res = await identify({ method: "qr", code });
    expect(res.status).toBe(200);
    expect(res.json.person).toEqual({ kind: "resident", id: resident.id, name: resident.name });
    expect(res.json.method).toBe("qr");
    expect(res.json.actions).toContain("order_meal");
    const session = await call(t, "GET", "/api/kiosk/session", {
      headers: asKiosk(kiosk, { "x-kiosk-session": res.json.session.token }),
    });
    expect(session.json.person.name).toBe(resident.name);
  });

  it("store only a hash of the code", async () => {
    const resident = await makeResident(t.db, community.id);
    const code = await issuePass("resident", resident.id);
    const rows = await t.db.select().from(passes).where(eq(passes.holderId, resident.id));
    expect(JSON.stringify(rows)).not.toContain(code.split(".")[1]);
  });

  it("stop working the moment a new pass is issued", async () => {
    const resident = await makeResident(t.db, community.id);
    const lost = await issuePass("resident", resident.id);
    const replacement = await issuePass("resident", resident.id);
    const refused = await identify({ method: "qr", code: lost });
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("PASS_REVOKED");
    expect((await identify({ method: "qr", code: replacement })).status).toBe(200);
  });

  it("are refused at another community's kiosk", async () => {
    const resident = await makeResident(t.db, community.id);
    const code = await issuePass("resident", resident.id);
    const elsewhere = await makeKiosk(t.db, await makeCommunity(t.db));
    const res = await identify({ method: "qr", code }, elsewhere);
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("NOT_RECOGNISED");
  });

  it("refuse a forged or random code", async () => {
    expect(
      (await identify({ method: "qr", code: "LP1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }, await freshKiosk()))
        .json.error.code,
    ).toBe("NOT_RECOGNISED");
  });

  it("do not let an unverified or suspended courier in", async () => {
    const k = await freshKiosk();
    const pending = await makeCourier(t.db, community.id, { verifiedAt: null });
    const res = await identify({ method: "qr", code: await issuePass("courier", pending.id) }, k);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("COURIER_NOT_VERIFIED");
    const suspended = await makeCourier(t.db, community.id, { suspendedAt: new Date() });
    expect((await identify({ method: "qr", code: await issuePass("courier", suspended.id) }, k)).json.error.code).toBe(
      "COURIER_SUSPENDED",
    );
  });
});

describe("phone passes with a code that changes every 30 seconds", () => {
  const step = () => Math.floor(t.clock.now().getTime() / 30_000);
  async function phonePass() {
    const resident = await makeResident(t.db, community.id);
    const res = await call(t, "POST", `${base()}/phone-passes`, {
      cookie,
      body: { kind: "resident", id: resident.id },
    });
    expect(res.status).toBe(201);
    return { resident, keyId: res.json.keyId as string, secret: res.json.secret as string };
  }

  it("accept the current code once and refuse it replayed", async () => {
    const k = await freshKiosk();
    const { resident, keyId, secret } = await phonePass();
    const code = await rotatingCode(keyId, secret, step());
    const first = await identify({ method: "qr", code }, k);
    expect(first.status).toBe(200);
    expect(first.json.person.id).toBe(resident.id);
    expect(first.json.method).toBe("rotating_qr");
    const replay = await identify({ method: "qr", code }, k);
    expect(replay.status).toBe(401);
    expect(replay.json.error.code).toBe("CODE_EXPIRED");
  });

  it("accept the previous and next step, to allow for a phone's clock drift", async () => {
    const k = await freshKiosk();
    const a = await phonePass();
    expect((await identify({ method: "qr", code: await rotatingCode(a.keyId, a.secret, step() - 1) }, k)).status).toBe(
      200,
    );
    const b = await phonePass();
    expect((await identify({ method: "qr", code: await rotatingCode(b.keyId, b.secret, step() + 1) }, k)).status).toBe(
      200,
    );
  });

  it("refuse a code two steps old, like a screenshot passed on", async () => {
    const k = await freshKiosk();
    const { keyId, secret } = await phonePass();
    const screenshot = await rotatingCode(keyId, secret, step());
    t.clock.advance(61_000);
    expect((await identify({ method: "qr", code: screenshot }, k)).json.error.code).toBe("CODE_EXPIRED");
  });

  it("refuse an older code after a newer one was used", async () => {
    const k = await freshKiosk();
    const { keyId, secret } = await phonePass();
    expect((await identify({ method: "qr", code: await rotatingCode(keyId, secret, step()) }, k)).status).toBe(200);
    expect((await identify({ method: "qr", code: await rotatingCode(keyId, secret, step() - 1) }, k)).status).toBe(401);
  });
});

describe("face entry", () => {
  it("identifies an enrolled person by a close descriptor and records the distance", async () => {
    const k = await freshKiosk();
    const resident = await makeResident(t.db, community.id);
    const face = randomDescriptor(0.11);
    await enrol(resident.id, face);
    const res = await identify({ method: "face", descriptor: descriptorNear(face, 0.2, 0.5) }, k);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ method: "face", person: { id: resident.id } });
    const [row] = await t.db.select().from(identifications).where(eq(identifications.holderId, resident.id));
    expect(row!.distance).toBeCloseTo(0.2, 2);
  });

  it("refuses a face that is not enrolled", async () => {
    const res = await identify({ method: "face", descriptor: randomDescriptor(0.77) }, await freshKiosk());
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("NOT_RECOGNISED");
  });

  it("refuses a face too close to two enrolled people to tell apart", async () => {
    const k = await freshKiosk();
    const [a, b] = [await makeResident(t.db, community.id), await makeResident(t.db, community.id)];
    const twin = randomDescriptor(0.31);
    await enrol(a.id, twin);
    await enrol(b.id, descriptorNear(twin, 0.1, 0.32));
    expect((await identify({ method: "face", descriptor: descriptorNear(twin, 0.05, 0.33) }, k)).json.error.code).toBe(
      "NOT_RECOGNISED",
    );
  });

  it("refuses the same face at once after consent is withdrawn", async () => {
    const k = await freshKiosk();
    const resident = await makeResident(t.db, community.id);
    const face = randomDescriptor(0.41);
    await enrol(resident.id, face);
    expect((await identify({ method: "face", descriptor: face }, k)).status).toBe(200);
    expect((await call(t, "DELETE", `${base()}/face-consents/resident/${resident.id}`, { cookie })).status).toBe(200);
    expect((await identify({ method: "face", descriptor: face }, k)).status).toBe(401);
  });

  it("never enrols without consent, and never enrols anyone under 14", async () => {
    const resident = await makeResident(t.db, community.id);
    const res = await call(t, "POST", `${base()}/face-templates`, {
      cookie,
      body: { kind: "resident", id: resident.id, descriptor: randomDescriptor() },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("CONSENT_REQUIRED");
    const young = await makeResident(t.db, community.id, { birthDate: "2014-01-01" });
    const child = await call(t, "POST", `${base()}/face-consents`, {
      cookie,
      body: { kind: "resident", id: young.id, consentTextVersion: "2026-01", consentedBy: "母亲" },
    });
    expect(child.status).toBe(422);
    expect(child.json.error.code).toBe("CHILD_FACE_NOT_ALLOWED");
  });

  it("rejects a descriptor of the wrong length with 422", async () => {
    expect((await identify({ method: "face", descriptor: [0.1, 0.2] })).status).toBe(422);
  });
});

describe("kiosk sessions and limits", () => {
  async function session(k: Awaited<ReturnType<typeof makeKiosk>>) {
    const resident = await makeResident(t.db, community.id);
    const res = await identify({ method: "qr", code: await issuePass("resident", resident.id) }, k);
    return res.json.session.token as string;
  }

  it("end after two minutes without activity", async () => {
    const k = await freshKiosk();
    const token = await session(k);
    t.clock.advance(119_000);
    expect(
      (await call(t, "GET", "/api/kiosk/session", { headers: asKiosk(k, { "x-kiosk-session": token }) })).status,
    ).toBe(200);
    t.clock.advance(120_000);
    const over = await call(t, "GET", "/api/kiosk/session", { headers: asKiosk(k, { "x-kiosk-session": token }) });
    expect(over.status).toBe(401);
    expect(over.json.error.code).toBe("KIOSK_SESSION_OVER");
  });

  it("end when the person taps done, and work on their own kiosk only", async () => {
    const [k, other] = [await freshKiosk(), await freshKiosk()];
    const token = await session(k);
    expect(
      (await call(t, "GET", "/api/kiosk/session", { headers: asKiosk(other, { "x-kiosk-session": token }) })).status,
    ).toBe(401);
    expect(
      (await call(t, "POST", "/api/kiosk/session/end", { headers: asKiosk(k, { "x-kiosk-session": token }) })).status,
    ).toBe(200);
    expect(
      (await call(t, "GET", "/api/kiosk/session", { headers: asKiosk(k, { "x-kiosk-session": token }) })).status,
    ).toBe(401);
  });

  it("refuse a session ended and a kiosk revoked elsewhere (another server, the desk) at once, though both were just served", async () => {
    const k = await freshKiosk();
    const [mine, theirs] = [await session(k), await session(k)];
    const asked = (token: string) =>
      call(t, "GET", "/api/kiosk/session", { headers: asKiosk(k, { "x-kiosk-session": token }) });
    for (const token of [mine, theirs, mine, theirs]) expect((await asked(token)).status).toBe(200);
    // Written straight to the database, as another server process or isolate would.
    await t.db
      .update(kioskSessions)
      .set({ endedAt: t.clock.now() })
      .where(eq(kioskSessions.tokenHash, await sha256(mine)));
    expect((await asked(mine)).json.error.code).toBe("KIOSK_SESSION_OVER");
    expect((await asked(theirs)).status).toBe(200);
    await t.db.update(kiosks).set({ revokedAt: t.clock.now(), tokenHash: null }).where(eq(kiosks.id, k.id));
    expect((await asked(theirs)).status).toBe(401);
    expect((await call(t, "GET", "/api/kiosk/welcome", { headers: asKiosk(k) })).status).toBe(401);
  });

  it("limit identification attempts per kiosk to twenty a minute", async () => {
    const k = await freshKiosk();
    for (let i = 0; i < 20; i++) await identify({ method: "qr", code: `LP1.nobody-${i}-xxxxxxxx` }, k);
    const limited = await identify({ method: "qr", code: "LP1.one-more-xxxxxxxx" }, k);
    expect(limited.status).toBe(429);
    t.clock.advance(61_000);
    expect((await identify({ method: "qr", code: "LP1.later-xxxxxxxx" }, k)).status).toBe(401);
  });

  it("refuse every call from a kiosk an admin revoked", async () => {
    const k = await freshKiosk();
    expect((await call(t, "POST", `${base()}/kiosks/${k.id}/revoke`, { cookie })).status).toBe(200);
    expect((await call(t, "GET", "/api/kiosk/welcome", { headers: asKiosk(k) })).status).toBe(401);
    const listed = await call(t, "GET", `${base()}/kiosks`, { cookie });
    expect(listed.json.kiosks.find((x: { id: string }) => x.id === k.id).state).toBe("revoked");
  });
});

describe("call staff", () => {
  it("raises one alert however often it is pressed; staff identify the person and the kiosk opens their session once", async () => {
    const k = await freshKiosk();
    const resident = await makeResident(t.db, community.id);
    const first = await call(t, "POST", "/api/kiosk/staff-calls", { headers: asKiosk(k) });
    const again = await call(t, "POST", "/api/kiosk/staff-calls", { headers: asKiosk(k) });
    expect(again.json.callId).toBe(first.json.callId);
    const open = await call(t, "GET", `${base()}/staff-calls`, { cookie });
    expect(open.json.calls.filter((c: { kioskId: string }) => c.kioskId === k.id)).toHaveLength(1);
    const claimPath = `/api/kiosk/staff-calls/${first.json.callId}/claim`;
    expect((await call(t, "POST", claimPath, { headers: asKiosk(k) })).json.status).toBe("waiting");
    const answer = await call(t, "POST", `${base()}/staff-calls/${first.json.callId}/answer`, {
      cookie,
      body: { person: { kind: "resident", id: resident.id } },
    });
    expect(answer.status).toBe(200);
    const claimed = await call(t, "POST", claimPath, { headers: asKiosk(k) });
    expect(claimed.json).toMatchObject({ status: "identified", method: "staff", person: { id: resident.id } });
    expect((await call(t, "POST", claimPath, { headers: asKiosk(k) })).json.status).toBe("closed");
    const audit = await call(t, "GET", `${base()}/audit`, { cookie });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toContain("staff_call.identify");
    const twice = await call(t, "POST", `${base()}/staff-calls/${first.json.callId}/answer`, {
      cookie,
      body: { person: null },
    });
    expect(twice.status).toBe(409);
  });

  it("streams open calls to the admin panel as server-sent events", async () => {
    const k = await freshKiosk();
    await call(t, "POST", "/api/kiosk/staff-calls", { headers: asKiosk(k) });
    const controller = new AbortController();
    const res = await t.app.request(`http://localhost${base()}/staff-calls/stream`, {
      headers: { cookie },
      signal: controller.signal,
    });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    controller.abort();
    const text = new TextDecoder().decode(value);
    expect(text).toContain("event: staff-calls");
    expect(text).toContain(k.id);
    await reader.cancel().catch(() => undefined);
  });
});

describe("people lists", () => {
  it("enrol residents and couriers with an audit entry that holds no phone number", async () => {
    const added = await call(t, "POST", `${base()}/residents`, {
      cookie,
      body: {
        name: "新居民",
        birthDate: "1950-02-03",
        gender: "male",
        phone: "13700001111",
        groups: ["veteran_family"],
      },
    });
    expect(added.status).toBe(201);
    const courier = await call(t, "POST", `${base()}/couriers`, {
      cookie,
      body: { name: "新骑手", phone: "13700002222", platform: "jd", gender: "female" },
    });
    expect(courier.status).toBe(201);
    const listed = await call(t, "GET", `${base()}/couriers`, { cookie });
    expect(listed.json.couriers.find((c: { id: string }) => c.id === courier.json.id)).toMatchObject({
      verified: false,
      phone: "137****2222",
    });
    const audit = await call(t, "GET", `${base()}/audit?limit=200`, { cookie });
    const entries = audit.json.entries.filter((e: { entityId: string }) =>
      [added.json.id, courier.json.id].includes(e.entityId),
    );
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual(["courier.create", "resident.create"]);
    expect(JSON.stringify(entries)).not.toMatch(/13700001111|13700002222/);
  });

  it("mask phone numbers and flats", async () => {
    await makeResident(t.db, community.id, { phone: "13812345678", address: "2栋3单元502" });
    const res = await call(t, "GET", `${base()}/residents`, { cookie });
    const text = JSON.stringify(res.json);
    expect(text).not.toContain("13812345678");
    expect(text).toContain("138****5678");
    expect(text).not.toContain("3单元502");
  });
});
