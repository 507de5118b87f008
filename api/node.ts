import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createNodeDb } from "../db/node-db";
import { migrateDb } from "../db/migrate";
import { isSeeded, seedDemo } from "./seed/demo";
import { createApp } from "./app";
import { runScheduledDuties } from "./scheduled-duties";
import { configFromProcessEnv } from "./env";
import { shiftedClock, systemClock } from "./shared/clock";
import { createConfigCache } from "./shared/config-cache";
import { randomToken } from "./shared/crypto";
import { loggableError } from "./shared/loggable-error";

const config = configFromProcessEnv();
mkdirSync("data", { recursive: true });
// The embedded default keeps its data key in a file beside the database (owner-only); a real
// deployment sets LINLI_DATA_KEY from its secret store instead.
const KEY_FILE = "data/data.key";
if (!config.dataKey) {
  if (!existsSync(KEY_FILE)) writeFileSync(KEY_FILE, randomToken(32), { mode: 0o600 });
  config.dataKey = readFileSync(KEY_FILE, "utf8").trim();
}
const clock = config.fakeNow ? shiftedClock(config.fakeNow) : systemClock;
// The server commits on a writer thread: the event loop serves requests while the disk syncs.
const db = createNodeDb({ url: config.databaseUrl, authToken: config.databaseAuthToken }, { writer: "thread" });
await migrateDb(db);
if (config.seed === "demo" && !(await isSeeded(db))) {
  await seedDemo(db, clock, config);
  console.log("Seeded the demo community (demo sign-ins are in README.md).");
}

const deps = { db, clock, config, configCache: createConfigCache() };
const app = createApp(() => deps);

// The built front-ends; a deep link inside either app gets that app's index.html.
for (const name of ["kiosk", "admin"] as const) {
  app.use(`/${name}/*`, serveStatic({ root: "./dist", rewriteRequestPath: (p) => p }));
  const index = `dist/${name}/index.html`;
  app.get(`/${name}/*`, async (c) =>
    c.html(await readFile(index, "utf8").catch(() => `Run "npm run build" first: ${index} is missing.`)),
  );
}

// No-shows, 暂离 overruns and waitlist offers happen on time whether or not anyone opens a page.
// Once at start (time passed while the server was down), then every minute; the verb is idempotent.
const runDuties = () =>
  runScheduledDuties(deps).catch((err: unknown) => console.error(`booking duties failed: ${loggableError(err)}`));
await runDuties();
setInterval(runDuties, 60_000);

serve({ fetch: app.fetch, port: config.port }, (info) => {
  const ms = Math.round(performance.now()); // since the process started, module loading included
  console.log(`Linli listening on http://localhost:${info.port} (ready in ${ms} ms): /admin/ /kiosk/ /api/docs`);
});
