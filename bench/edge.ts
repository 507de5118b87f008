// The same requests through the Worker in workerd (wrangler's local runtime, local D1) and through
// the Node server (dist/server.mjs, libSQL file), one at a time over loopback HTTP: identify at a
// kiosk, order a meal, book a study seat. Per request: latency p50/p99, and the server process's CPU
// time (user+system from /proc) divided by the requests it answered. workerd's CPU includes local
// D1's SQLite, which on Cloudflare runs outside the Worker and outside its CPU limit, so it is an
// upper bound on the Worker's own CPU ms. Then the Worker bundle as `wrangler deploy` uploads it.
//   npm run build && npx tsx bench/edge.ts          (PEOPLE=50 by default: lunch holds 60)
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DEMO_PASSWORD } from "../api/seed/demo";
import { cpuMsOf } from "./support/proc-cpu";
import { randomToken } from "../api/shared/crypto";
import { startLocalWorker } from "../tests/worker/local-worker";
import { migrateD1Template } from "../tests/worker/migrated-d1";
import { percentile } from "./support/http-load";

const PEOPLE = Number(process.env.PEOPLE ?? 50);
const NOW = "2026-11-23T00:30:00Z"; // Monday 08:30 in Shanghai: before the lunch cut-off, the study room open
const SEAT_DAY = "2026-11-23";
const vars = { LINLI_SEED: "demo", LINLI_FAKE_NOW: NOW, LINLI_DATA_KEY: randomToken(32) };
const cpuMs = (pid: number) => cpuMsOf(`/proc/${pid}/stat`);

/** The processes named `name` started by this one, at any depth. */
function descendants(name: string) {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/));
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (mine.has(Number(ppid)) && !mine.has(Number(pid))) grew = Boolean(mine.add(Number(pid)));
  }
  return rows.filter(([pid, , comm]) => mine.has(Number(pid)) && comm === name).map(([pid]) => Number(pid));
}

type Target = { name: string; base: URL; pids: number[]; stop(): Promise<void> };

async function startNode(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), "linli-edge-node-"));
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const child: ChildProcess = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, ...vars, PORT: String(port), DATABASE_URL: `file:${join(dir, "bench.db")}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("listening") && resolve());
    child.on("exit", (code) => reject(new Error(`node dist/server.mjs exited ${code}`)));
  });
  return {
    name: "Node + libSQL file",
    base: new URL(`http://127.0.0.1:${port}`),
    pids: [child.pid!],
    stop: async () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startWorkerd(): Promise<Target> {
  const template = migrateD1Template();
  const worker = await startLocalWorker(vars, { migrated: template.state });
  // wrangler runs two workerd processes: its dev proxy and the one running the Worker.
  const pids = descendants("workerd");
  return {
    name: "Worker in workerd + local D1",
    base: worker.url,
    pids,
    stop: async () => (await worker.stop(), template.remove()),
  };
}

async function scenario(target: Target) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(new URL(path, target.base), {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return { json, headers: res.headers };
  };
  const signIn = await send("POST", "/api/auth/sign-in", { username: "admin", password: DEMO_PASSWORD });
  const cookie = { cookie: signIn.headers.get("set-cookie")!.split(";")[0]!, origin: target.base.origin };
  const [community] = (await send("GET", "/api/communities", undefined, cookie)).json.communities;
  const base = `/api/communities/${community.id}`;
  const people: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const body = { name: `压测居民${i}`, birthDate: `1950-03-0${(i % 9) + 1}`, gender: "female" };
    people.push((await send("POST", `${base}/residents`, body, cookie)).json.id);
  }
  const codes: string[] = [];
  for (let i = 0; i < people.length; i += 100) {
    const holders = people.slice(i, i + 100).map((id) => ({ kind: "resident", id }));
    codes.push(
      ...(await send("POST", `${base}/passes`, { holders }, cookie)).json.passes.map((p: { code: string }) => p.code),
    );
  }
  // A kiosk identifies at most twenty people a minute, so each takes fifteen of them here.
  const { facilities } = (await send("GET", `${base}/facilities`, undefined, cookie)).json;
  const kiosks = async (kind: string) => {
    const facilityId = facilities.find((f: { kind: string }) => f.kind === kind).id;
    const tokens: string[] = [];
    for (let i = 0; i < Math.ceil((PEOPLE + 1) / 15); i++) {
      const created = (await send("POST", `${base}/kiosks`, { name: `压测${kind}${i}`, facilityId }, cookie)).json;
      tokens.push((await send("POST", "/api/kiosk/pair", { code: created.pairingCode })).json.token);
    }
    return (i: number) => ({ authorization: `Bearer ${tokens[Math.floor(i / 15)]}` });
  };
  const [canteenKiosk, studyKiosk] = [await kiosks("canteen"), await kiosks("study_room")];
  const seats = (
    await send("GET", `/api/kiosk/study-room/day?date=${SEAT_DAY}`, undefined, {
      ...studyKiosk(0),
      "x-kiosk-session": (
        await send("POST", "/api/kiosk/identify", { method: "qr", code: codes[0] }, studyKiosk(0))
      ).json.session.token,
    })
  ).json.seats as { id: string }[];

  const ms: Record<"identify" | "order" | "book", number[]> = { identify: [], order: [], book: [] };
  const timed = async (kind: keyof typeof ms, run: () => Promise<{ json: any }>) => {
    const started = performance.now();
    const out = await run();
    ms[kind].push(performance.now() - started);
    return out.json;
  };
  const cpuBefore = target.pids.map(cpuMs);
  for (const [i, code] of codes.entries()) {
    const canteen = canteenKiosk(i);
    const atCanteen = await timed("identify", () =>
      send("POST", "/api/kiosk/identify", { method: "qr", code }, canteen),
    );
    await timed("order", () =>
      send(
        "POST",
        "/api/kiosk/canteen/orders",
        { sitting: "lunch", payment: "counter", delivery: false, idempotencyKey: crypto.randomUUID() },
        { ...canteen, "x-kiosk-session": atCanteen.session.token },
      ),
    );
    const study = studyKiosk(i + 1);
    const atStudy = await timed("identify", () => send("POST", "/api/kiosk/identify", { method: "qr", code }, study));
    const hour = 9 + Math.floor(i / seats.length); // each seat once an hour, from 09:00 Shanghai
    const startsAt = new Date(`${SEAT_DAY}T${String(hour).padStart(2, "0")}:00:00+08:00`).toISOString();
    const endsAt = new Date(new Date(startsAt).getTime() + 3_600_000).toISOString();
    await timed("book", () =>
      send(
        "POST",
        "/api/kiosk/study-room/bookings",
        { seatId: seats[i % seats.length]!.id, startsAt, endsAt, idempotencyKey: crypto.randomUUID() },
        { ...study, "x-kiosk-session": atStudy.session.token },
      ),
    );
  }
  const requests = ms.identify.length + ms.order.length + ms.book.length;
  // The busiest process is the one answering; with workerd the other is wrangler's proxy.
  const cpu = target.pids.map((pid, i) => (cpuMs(pid) - cpuBefore[i]!) / requests).sort((a, b) => b - a);
  console.log(`\n${target.name}: ${requests} requests, one at a time`);
  for (const [kind, xs] of Object.entries(ms))
    console.log(
      `  ${kind.padEnd(9)} n=${String(xs.length).padStart(3)}  p50 ${percentile(xs, 0.5).toFixed(1).padStart(6)} ms  p99 ${percentile(xs, 0.99).toFixed(1).padStart(6)} ms`,
    );
  const proxy = cpu.length > 1 ? `; wrangler's proxy workerd ${cpu[1]!.toFixed(2)} ms more` : "";
  console.log(`  server CPU ${cpu[0]!.toFixed(2)} ms per request (user+system of the serving process${proxy})`);
}

function workerBundle() {
  const dir = mkdtempSync(join(tmpdir(), "linli-edge-bundle-"));
  try {
    const out = join(dir, "out");
    const emptyAssets = mkdtempSync(join(dir, "assets-"));
    execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out, "--assets", emptyAssets], {
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
      stdio: "pipe",
    });
    const code = readdirSync(out)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(out, f)));
    const raw = code.reduce((n, b) => n + b.length, 0);
    const gz = code.reduce((n, b) => n + gzipSync(b).length, 0);
    console.log(
      `\nWorker bundle: ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip (limit 3 MiB gzip on Free)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const start of [startNode, startWorkerd]) {
  const target = await start();
  try {
    await scenario(target);
  } finally {
    await target.stop();
  }
}
workerBundle();
