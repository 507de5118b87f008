import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { freePort, untilServing } from "../../support/node-process";
import { launchChromium } from "../identify/support/launch-chromium";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export type Stack = {
  baseUrl: string;
  browser: Browser;
  /**
   * Stops the server and starts a new one on the same database file and port, with `env` in place
   * of the first settings: a server back after a night, e.g. with LINLI_FAKE_NOW later.
   */
  restartServer: (env?: Record<string, string>) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * The real server (built front-ends, demo seed, its own database file) and a headless Chromium.
 * `env` adds server settings, e.g. LINLI_FAKE_NOW to start its clock at a fixed instant.
 */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  for (const app of ["kiosk", "admin"]) {
    if (!existsSync(join(ROOT, "dist", app, "index.html"))) {
      throw new Error(
        `dist/${app}/index.html is missing: run "npm run build" before the e2e tests (npm test does it for you).`,
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "linli-e2e-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  let server = await startServer(dir, port, env).catch((err: unknown) => {
    removeDir();
    throw err;
  });
  try {
    const browser = await launchChromium();
    return {
      baseUrl: server.baseUrl,
      browser,
      restartServer: async (next = env) => {
        await server.stop();
        server = await startServer(dir, port, next);
      },
      stop: async () => {
        await browser.close();
        await server.stop();
        removeDir();
      },
    };
  } catch (err) {
    await server.stop();
    removeDir();
    throw err;
  }
}

async function startServer(dir: string, port: number, extraEnv: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "api/node.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${join(dir, "linli.db")}`,
      LINLI_SEED: "demo",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };

  // localhost, not 127.0.0.1: the session cookie is Secure, and browsers trust http://localhost.
  const baseUrl = `http://localhost:${port}`;
  try {
    await untilServing(child, baseUrl);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, stop };
}
