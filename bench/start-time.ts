// Start-up of the built server (`node dist/server.mjs`, what `npm start` runs; build first), spawn to the first 200 from /api/health, on an empty database
// (migrate + seed) and on an already seeded one, beside a bare `node -e` HTTP server spawned the
// same way in the same run, so the ratio shows what the app itself costs.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const RUNS = 5;
const SERVER = ["dist/server.mjs"];
const BARE_SERVER = "require('node:http').createServer((q, s) => s.end('{}')).listen(process.env.PORT)";

async function freePort() {
  const server = createServer().listen(0);
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Milliseconds from spawn to a healthy answer, and the "ready in N ms" the server printed. */
async function timeStart(command: string, args: string[], env: Record<string, string> = {}) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  try {
    while (
      !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}:\n${output}`);
      await sleep(5);
    }
    const toHealthy = performance.now() - started;
    // The log line and the first answer race through different pipes; give the line a moment.
    for (let i = 0; i < 100 && !/ready in/.test(output); i++) await sleep(10);
    const ready = /ready in (\d+) ms/.exec(output)?.[1];
    return { toHealthy, ready: ready === undefined ? NaN : Number(ready) };
  } finally {
    child.kill();
    if (child.exitCode === null) await once(child, "exit");
  }
}

const dirs = Array.from({ length: RUNS }, () => mkdtempSync(join(tmpdir(), "linli-bench-")));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One run per dir, one after another, so runs do not compete for the CPU. */
async function scenario(name: string, run: (dir: string) => Promise<{ toHealthy: number; ready: number }>) {
  const results = [];
  for (const dir of dirs) results.push(await run(dir));
  return { name, toHealthy: median(results.map((r) => r.toHealthy)), ready: median(results.map((r) => r.ready)) };
}

const dbEnv = (dir: string) => ({ DATABASE_URL: `file:${join(dir, "linli.db")}`, LINLI_SEED: "demo" });
try {
  // Each empty run leaves its seeded file behind for the seeded run on the same dir.
  const rows = [
    await scenario("bare node -e http server", () => timeStart(process.execPath, ["-e", BARE_SERVER])),
    await scenario("node dist/server.mjs, empty db", (dir) => timeStart(process.execPath, SERVER, dbEnv(dir))),
    await scenario("node dist/server.mjs, seeded db", (dir) => timeStart(process.execPath, SERVER, dbEnv(dir))),
  ];

  const baseline = rows[0]!.toHealthy;
  console.log(`Start-up, median of ${RUNS} runs (spawn → GET /api/health 200)`);
  for (const { name, toHealthy, ready } of rows) {
    const printed = Number.isNaN(ready) ? "" : `  server says ready in ${ready} ms`;
    console.log(
      `${name.padEnd(28)} ${toHealthy.toFixed(0).padStart(6)} ms  ${(toHealthy / baseline).toFixed(1).padStart(5)}× baseline${printed}`,
    );
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
