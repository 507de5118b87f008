import type { D1Database, ExecutionContext, Fetcher, ScheduledController } from "@cloudflare/workers-types";
import type { Context } from "hono";
import { createD1Db, createDb, type Db } from "../db/client";
import { isSeeded, seedDemo } from "./seed/demo";
import { createApp } from "./app";
import { runScheduledDuties } from "./scheduled-duties";
import { configFromBindings, type Config } from "./env";
import { shiftedClock, systemClock, type Clock } from "./shared/clock";
import { createConfigCache } from "./shared/config-cache";
import type { Deps } from "./shared/context";
import { isUniqueViolation } from "./shared/db-errors";
import { loggableError } from "./shared/loggable-error";

export type Bindings = { DB?: D1Database; ASSETS: Fetcher };

const bindingsOf = (c: Context) => c.env as Bindings;

/**
 * D1 by default; Turso when DATABASE_URL is a libsql:// or https:// URL (a secret or a var, so the
 * switch needs no edit of wrangler.toml and wins over the DB binding that wrangler.toml declares).
 */
export function dbFrom(env: Bindings, config: Config): Db {
  if (!config.databaseUrl.startsWith("file:")) {
    // Bundled for workerd, @libsql/client resolves to its web build (the package's "workerd"
    // export condition), which speaks HTTP to Turso and cannot open a file.
    return createDb({ url: config.databaseUrl, authToken: config.databaseAuthToken });
  }
  if (env.DB) return createD1Db(env.DB);
  throw new Error("No database: bind a D1 database as DB, or set DATABASE_URL to a libsql:// or https:// Turso URL");
}

/**
 * What the Worker's handlers may be given instead of their defaults: tests hand in a clock they
 * move, and an outgoing fetch (the door relay's webhook) that reaches an in-process controller.
 */
export type WorkerSeams = { clock?: Clock; fetch?: typeof fetch };

/**
 * The Worker's fetch and scheduled handlers. The default export is one of these with no seams;
 * tests build their own with a manual clock, so they run this code, not a copy of it.
 */
export function createWorker(seams: WorkerSeams = {}) {
  // One clock per isolate: a demo or test Worker set to LINLI_FAKE_NOW runs on from that instant.
  let clock = seams.clock;

  // Configuration cached per isolate, behind the community's version (api/shared/config-cache.ts).
  const configCache = createConfigCache();

  function depsFrom(env: Bindings): Deps {
    const config = configFromBindings(env);
    clock ??= config.fakeNow ? shiftedClock(config.fakeNow) : systemClock;
    return { db: dbFrom(env, config), clock, config, configCache, ...(seams.fetch ? { fetch: seams.fetch } : {}) };
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
      await seedDemo(db, clock, config);
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

  return {
    async fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
      await seedDemoOnce(env);
      return app.fetch(request, env, ctx);
    },
    // The Cron Trigger in wrangler.toml: the same idempotent verb Node's timer runs every minute.
    // Awaited, not left to waitUntil: a failure fails the invocation, so it shows in the Cron's
    // status and logs instead of as an uncaught error after the handler has answered. What the
    // duties did is returned for tests; the runtime ignores it.
    async scheduled(_controller: ScheduledController, env: Bindings, _ctx: ExecutionContext) {
      try {
        return await runScheduledDuties(depsFrom(env));
      } catch (err) {
        // The runtime logs what fails the invocation; this one carries no query parameters.
        throw new Error(`booking duties failed: ${loggableError(err)}`);
      }
    },
  };
}

export default createWorker();
