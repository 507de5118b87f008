// Soak: 100 simulated kiosks against the real Node server process for 5 minutes. Half stand at
// the canteen (identify with a printed pass, order lunch, sometimes cancel), half at the study
// room (identify, book a seat for later today, cancel it). Each kiosk waits a person's few
// seconds between visits, which also keeps it under the 20-identifications-a-minute limit.
// Reports the error rate (5xx and failed connections; refusals such as FULL are answers, counted
// apart), p50/p99 per request, and the server's resident memory at the start and the end.
//   npx tsx bench/soak.ts                 SOAK_SECONDS=300 KIOSKS=100 by default
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoDesk, startNodeServer } from "../tests/proof/support/node-server";
import { percentile } from "./support/http-load";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const KIOSKS = Number(process.env.KIOSKS ?? 100);
const THINK_MS = Number(process.env.THINK_MS ?? 3_500);
const RESIDENTS = 400;
const FAKE_NOW = "2026-11-23T00:30:00Z"; // Monday 08:30 in Shanghai: lunch orders open, the room open

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;

const dir = mkdtempSync(join(tmpdir(), "linli-soak-"));
const server = await startNodeServer(join(dir, "soak.db"), { LINLI_FAKE_NOW: FAKE_NOW });
const base = server.baseUrl;
try {
  const admin = await signIn("admin");
  const desk = await demoDesk(base);
  const cid = desk.communityId;
  const staff = (method: string, path: string, body?: unknown, cookie = admin) =>
    fetch(`${base}/api/communities/${cid}${path}`, {
      method,
      headers: { cookie, origin: base, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));

  const facilities = (await staff("GET", "/facilities")).json.facilities as { id: string; kind: string }[];
  const canteen = facilities.find((f) => f.kind === "canteen")!.id;
  const studyRoom = facilities.find((f) => f.kind === "study_room")!.id;
  const kiosks: { token: string; at: "canteen" | "study_room" }[] = [];
  for (let i = 0; i < KIOSKS; i++) {
    const at = i % 2 === 0 ? "canteen" : "study_room";
    const made = await staff("POST", "/kiosks", {
      name: `soak-${i}`,
      facilityId: at === "canteen" ? canteen : studyRoom,
    });
    const paired = await fetch(`${base}/api/kiosk/pair`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ code: made.json.pairingCode }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    kiosks.push({ token: paired.token, at });
  }
  const people: { id: string; code: string }[] = [];
  for (let i = 0; i < RESIDENTS; i++) {
    const year = 1940 + (i % 60);
    const made = await staff("POST", "/residents", {
      name: `浸泡${i}`,
      birthDate: `${year}-03-0${1 + (i % 9)}`,
      gender: "female",
    });
    await staff(
      "POST",
      `/meal-cards/${made.json.id}/entries`,
      {
        amountFen: 50_000,
        kind: "top_up",
        method: "cash",
        idempotencyKey: crypto.randomUUID(),
      },
      desk.cookie,
    );
    people.push({ id: made.json.id, code: "" });
  }
  for (let i = 0; i < people.length; i += 100) {
    const batch = people.slice(i, i + 100);
    const issued = await staff("POST", "/passes", { holders: batch.map((p) => ({ kind: "resident", id: p.id })) });
    for (const pass of issued.json.passes as { id: string; code: string }[])
      people.find((p) => p.id === pass.id)!.code = pass.code;
  }

  const seats = ((await staff("GET", "/study-room")).json.seats as { id: string }[]).map((seat) => seat.id);
  const ms: number[] = [];
  const statuses = new Map<string, number>();
  let errors = 0;
  let requests = 0;
  const timed = async (kiosk: string, session: string | null, method: string, path: string, body?: unknown) => {
    const started = performance.now();
    let status = 0;
    let json: any = null;
    try {
      const res = await fetch(`${base}/api/kiosk${path}`, {
        method,
        headers: {
          authorization: `Bearer ${kiosk}`,
          ...(session ? { "x-kiosk-session": session } : {}),
          ...(body ? { "content-type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      status = res.status;
      json = await res.json().catch(() => null);
    } catch {
      status = 0;
    }
    ms.push(performance.now() - started);
    requests += 1;
    const key = status >= 400 ? `${status} ${json?.error?.code ?? ""}` : String(status);
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    if (status === 0 || status >= 500) errors += 1;
    return { status, json };
  };

  const memStart = rssMb(server.child.pid!);
  const started = Date.now();
  const until = started + SECONDS * 1000;
  let visit = 0;
  const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
  const localHour = (h: number) => new Date(Date.UTC(2026, 10, 23, h - 8, 0)).toISOString();
  const kioskLoop = async (k: (typeof kiosks)[number], n: number) => {
    await sleep((n * THINK_MS) / KIOSKS); // stagger the first visits
    while (Date.now() < until) {
      const person = people[visit++ % people.length]!;
      const who = await timed(k.token, null, "POST", "/identify", { method: "qr", code: person.code });
      const session = who.json?.session?.token as string | undefined;
      if (session && k.at === "canteen") {
        const placed = await timed(k.token, session, "POST", "/canteen/orders", {
          sitting: "lunch",
          payment: visit % 3 === 0 ? "counter" : "meal_card",
          idempotencyKey: crypto.randomUUID(),
        });
        if (placed.status === 200 && visit % 4 === 0)
          await timed(k.token, session, "POST", `/canteen/orders/${placed.json.id}/cancel`);
      } else if (session) {
        const hour = 12 + (visit % 9);
        const booked = await timed(k.token, session, "POST", "/study-room/bookings", {
          seatId: seats[visit % seats.length],
          startsAt: localHour(hour),
          endsAt: localHour(hour + 1),
          idempotencyKey: crypto.randomUUID(),
        });
        if (booked.status === 200)
          await timed(k.token, session, "POST", `/study-room/bookings/${booked.json.id}/leave`);
      }
      if (session) await timed(k.token, session, "POST", "/session/end");
      await sleep(THINK_MS);
    }
  };
  await Promise.all(kiosks.map((k, n) => kioskLoop(k, n)));
  const memEnd = rssMb(server.child.pid!);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    JSON.stringify(
      {
        kiosks: KIOSKS,
        seconds: Math.round(seconds),
        requests,
        perSecond: Math.round(requests / seconds),
        errorRate: errors / Math.max(1, requests),
        p50Ms: Math.round(percentile(ms, 0.5) * 10) / 10,
        p99Ms: Math.round(percentile(ms, 0.99) * 10) / 10,
        rssMbStart: Math.round(memStart),
        rssMbEnd: Math.round(memEnd),
        answers: Object.fromEntries([...statuses].sort(([a], [b]) => a.localeCompare(b))),
      },
      null,
      2,
    ),
  );
} finally {
  server.child.kill("SIGTERM");
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
}

async function signIn(username: string) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username, password: "linli-demo-2026" }),
  });
  return res.headers.get("set-cookie")!.split(";")[0]!;
}
