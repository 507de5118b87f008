import type { D1Database, ExecutionContext, Fetcher, ScheduledController } from "@cloudflare/workers-types";
import type { Context } from "hono";
import { createD1Db, createDb, type Db } from "../db/client";
import { isSeeded, seedDemo } from "./seed/demo";
import { createApp } from "./app";
import { runBookingDuties } from "./booking/run-duties";
import { configFromBindings, type Config } from "./env";
import { shiftedClock, systemClock, type Clock } from "./shared/clock";
import type { Deps } from "./shared/context";
import { isUniqueViolation } from "./shared/db-errors";

type Bindings = { DB?: D1Database; ASSETS: Fetcher };

const bindingsOf = (c: Context) => c.env as Bindings;

// One clock per isolate: a demo or test Worker set to LINLI_FAKE_NOW runs on from that instant.
let clock: Clock | undefined;

function depsFrom(env: Bindings): Deps {
  const config = configFromBindings(env);
  clock ??= config.fakeNow ? shiftedClock(config.fakeNow) : systemClock;
  return { db: dbFrom(env, config), clock, config };
}

function dbFrom(env: Bindings, config: Config): Db {
  if (env.DB) return createD1Db(env.DB);
  // Without D1 the database is Turso over HTTP: bundled for workerd, @libsql/client resolves to
  // its web build (the package's "workerd" export condition), which cannot open a file.
  if (config.databaseUrl.startsWith("file:")) {
    throw new Error("No database: bind a D1 database as DB, or set DATABASE_URL to a libsql:// or https:// Turso URL");
  }
  return createDb({ url: config.databaseUrl, authToken: config.databaseAuthToken });
}

// Once per isolate. Isolates race on a fresh database; seedDemo is one atomic batch, so the loser's
// batch fails whole on the unique district slug and the winner's data is the demo community.
let demoSeed: Promise<void> | undefined;

function seedDemoOnce(env: Bindings) {
  demoSeed ??= seedIfEmpty(env).catch((err) => {
    demoSeed = undefined; // a failed attempt is retried by the next request, not cached
    throw err;
  });
  return demoSeed;
}

async function seedIfEmpty(env: Bindings) {
  const { db, config, clock } = depsFrom(env);
  if (config.seed !== "demo" || (await isSeeded(db))) return;
  try {
    await seedDemo(db, clock);
  } catch (err) {
    // Only the lost race is harmless: a unique violation after which the demo is there.
    if (!isUniqueViolation(err) || !(await isSeeded(db))) throw err;
  }
}

const app = createApp((c) => depsFrom(bindingsOf(c)));

// Every request runs the Worker first, so built files get the same security headers (CSP, HSTS)
// as the API. A path that matches no file, such as the deep link /admin/staff, gets its app's
// shell: "/admin/" rather than "/admin/index.html", which Assets redirects to it. The copy gives
// the response mutable headers for the middleware.
for (const name of ["kiosk", "admin"] as const) {
  app.get(`/${name}/*`, async (c) => {
    const assets = bindingsOf(c).ASSETS;
    const file = await assets.fetch(c.req.url);
    const res = file.status === 404 ? await assets.fetch(new URL(`/${name}/`, c.req.url).href) : file;
    return new Response(res.body as ReadableStream | null, { status: res.status, headers: [...res.headers] });
  });
}

export default {
  async fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
    await seedDemoOnce(env);
    return app.fetch(request, env, ctx);
  },
  // The Cron Trigger in wrangler.toml: the same idempotent verb Node's timer runs every minute.
  async scheduled(_controller: ScheduledController, env: Bindings, ctx: ExecutionContext) {
    ctx.waitUntil(runBookingDuties(depsFrom(env)));
  },
};
