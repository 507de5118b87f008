import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_STUDY_KIOSK_TOKEN } from "../../api/seed/demo";
import { startLocalWorker } from "./local-worker";

// Tuesday 08:50 in Shanghai; the Worker is later restarted on the same D1 at 09:20, when a
// booking from 09:00 is past its 15-minute grace period.
const NOW = "2026-11-24T00:50:00Z";
const LATER = "2026-11-24T01:20:00Z";
let worker: Awaited<ReturnType<typeof startLocalWorker>>;
beforeAll(async () => {
  worker = await startLocalWorker({ LINLI_SEED: "demo", LINLI_FAKE_NOW: NOW });
});
afterAll(async () => {
  await worker?.stop();
});

async function send(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(new URL(path, worker.url), {
    method,
    headers: { ...(opts.body !== undefined && { "content-type": "application/json" }), ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  return { status: res.status, headers: res.headers, json: await res.json().catch(() => null) };
}

describe("the study room's duties on Workers", () => {
  it("releases a no-show when the Cron Trigger fires, and a second firing changes nothing", async () => {
    const signIn = await send("POST", "/api/auth/sign-in", { body: { username: "admin", password: DEMO_PASSWORD } });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const [community] = (await send("GET", "/api/communities", { headers: { cookie } })).json.communities;
    const { residents } = (await send("GET", `/api/communities/${community.id}/residents`, { headers: { cookie } }))
      .json;
    const student = residents.find((r: { name: string }) => r.name === "李建国");
    const pass = await send("POST", `/api/communities/${community.id}/passes`, {
      headers: { cookie },
      body: { holders: [{ kind: "resident", id: student.id }] },
    });
    const kiosk = { authorization: `Bearer ${DEMO_STUDY_KIOSK_TOKEN}` };
    const identify = async () => {
      const identified = await send("POST", "/api/kiosk/identify", {
        headers: kiosk,
        body: { method: "qr", code: pass.json.passes[0].code },
      });
      expect(identified.status).toBe(200);
      return { ...kiosk, "x-kiosk-session": identified.json.session.token as string };
    };
    let headers = await identify();

    const day = await send("GET", "/api/kiosk/study-room/day", { headers });
    const seat = day.json.seats[0];
    const booked = await send("POST", "/api/kiosk/study-room/bookings", {
      headers,
      body: {
        seatId: seat.id,
        startsAt: "2026-11-24T01:00:00Z",
        endsAt: "2026-11-24T02:00:00Z",
        idempotencyKey: crypto.randomUUID(),
      },
    });
    expect(booked.json.status).toBe("confirmed");
    await worker.dispose();
    worker = await startLocalWorker({ LINLI_SEED: "demo", LINLI_FAKE_NOW: LATER }, { dir: worker.dir });
    headers = await identify();

    const taken = async () =>
      (await send("GET", "/api/kiosk/study-room/day", { headers })).json.seats.find(
        (s: { id: string }) => s.id === seat.id,
      ).taken;
    expect(await taken()).toHaveLength(1);
    expect((await fetch(new URL("/__scheduled?cron=*+*+*+*+*", worker.url))).status).toBe(200);
    expect(await taken()).toEqual([]);
    const mine = (await send("GET", "/api/kiosk/study-room/day", { headers })).json.mine;
    expect(mine.find((b: { id: string }) => b.id === booked.json.id)).toBeUndefined();
    expect((await fetch(new URL("/__scheduled?cron=*+*+*+*+*", worker.url))).status).toBe(200);
    expect(await taken()).toEqual([]);
  });
});
