import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { unstable_startWorker } from "wrangler";

export const SHELL_MARKER = "linli-test-shell";

// Offline, as CI is: no fetch of the Request.cf sample from the network (workerd gets a placeholder).
process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";

/**
 * api/worker.ts in workerd as `wrangler dev` runs it, from wrangler.toml, on a local D1 in a temp
 * dir, migrated by the same command a deployment uses. The assets are a stand-in for dist/, so the
 * test neither needs `npm run build` nor depends on what the front-ends currently build.
 */
export async function startLocalWorker(vars: Record<string, string>, opts: { dir?: string; migrated?: string } = {}) {
  // A given dir keeps the D1 state of an earlier Worker: a restart with a later LINLI_FAKE_NOW.
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), "linli-worker-"));
  const persist = join(dir, "state");
  const assets = join(dir, "assets");
  for (const name of ["admin", "kiosk"]) {
    mkdirSync(join(assets, name), { recursive: true });
    writeFileSync(join(assets, name, "index.html"), `<!doctype html><title>${SHELL_MARKER} ${name}</title>`);
    writeFileSync(join(assets, name, "app.js"), `console.log("${name}");`);
    mkdirSync(join(assets, name, "assets"), { recursive: true });
    writeFileSync(join(assets, name, "assets", "index-CTBoJAIp.js"), `console.log("${name} hashed");`);
  }
  const cleanup = () => rmSync(dir, { recursive: true, force: true });

  // A fresh Worker starts on a copy of the D1 state migrated once for the run (migrated-d1.ts): the
  // test run's global setup provides it; a bench outside vitest passes its own.
  if (!opts.dir) cpSync(opts.migrated ?? inject("migratedD1"), persist, { recursive: true });

  const bindings = Object.fromEntries(
    Object.entries(vars).map(([k, value]) => [k, { type: "plain_text" as const, value }]),
  );
  let worker: Awaited<ReturnType<typeof unstable_startWorker>> | undefined;
  try {
    const started = (worker = await unstable_startWorker({
      config: "wrangler.toml",
      assets,
      bindings,
      sendMetrics: false,
      // testScheduled serves /__scheduled, which fires the Cron Trigger's handler on demand.
      dev: {
        persist,
        watch: false,
        inspector: false,
        logLevel: "error",
        server: { hostname: "127.0.0.1", port: 0 },
        testScheduled: true,
      },
    }));
    const url = await within(
      60_000,
      "wrangler's start",
      started.ready.then(() => started.url),
    );
    // `ready` means wrangler's proxy is up, not that workerd took the Worker (a refused one leaves
    // requests hanging), so one request decides. It is also the request that seeds the demo.
    const res = await fetch(new URL("/api/health", url), { signal: AbortSignal.timeout(30_000) }).catch((cause) => {
      throw new Error("GET /api/health had no answer within 30 s; workerd did not load the Worker", { cause });
    });
    if (res.status !== 200) throw new Error(`GET /api/health answered ${res.status}: ${await res.text()}`);
    return { url, dir, stop: async () => (await started.dispose(), cleanup()), dispose: () => started.dispose() };
  } catch (err) {
    await within(10_000, "dispose", worker?.dispose() ?? Promise.resolve()).catch(() => {});
    cleanup();
    throw new Error(`The Worker did not start in workerd: ${(err as Error).message}`, { cause: err });
  }
}

const within = <T>(ms: number, what: string, promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms).unref(),
    ),
  ]);
