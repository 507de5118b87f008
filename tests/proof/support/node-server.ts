import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { randomToken } from "../../../api/shared/crypto";
import { freePort, untilServing } from "../../support/node-process";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export type NodeServer = { baseUrl: string; child: ChildProcess; output: () => string; exited: Promise<void> };

/** The real Node server (dist/server.mjs when built, else the sources through tsx) on `dbFile`. */
export async function startNodeServer(dbFile: string, env: Record<string, string> = {}): Promise<NodeServer> {
  const port = await freePort();
  const built = existsSync(`${ROOT}/dist/server.mjs`);
  const child = spawn(process.execPath, built ? ["dist/server.mjs"] : ["--import", "tsx", "api/node.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      LINLI_SEED: "demo",
      LINLI_DATA_KEY: DATA_KEY,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const baseUrl = `http://localhost:${port}`;
  let output: () => string;
  try {
    output = await untilServing(child, baseUrl);
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  }
  return { baseUrl, child, output, exited };
}

// One data key for every server of a test run, so a restarted server reads what the last wrote.
const DATA_KEY = randomToken(32);

/** A staff member of the demo community, signed in over HTTP, and the ids the load needs. */
export async function demoDesk(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ username: "canteen", password: "linli-demo-2026" }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  const get = async (path: string) =>
    (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).json() as Promise<any>;
  const communityId = (await get("/api/communities")).communities[0].id as string;
  const residents = (await get(`/api/communities/${communityId}/residents`)).residents ?? [];
  return { cookie, communityId, residentIds: (residents as { id: string }[]).map((r) => r.id) };
}

/** One desk entry (a top-up or a correction) with its key; true if the server acknowledged it. */
export async function deskEntry(
  baseUrl: string,
  desk: { cookie: string; communityId: string },
  residentId: string,
  amountFen: number,
  key: string,
) {
  const res = await fetch(`${baseUrl}/api/communities/${desk.communityId}/meal-cards/${residentId}/entries`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: desk.cookie, origin: baseUrl },
    body: JSON.stringify({
      amountFen,
      kind: amountFen > 0 ? "top_up" : "correction",
      method: "cash",
      idempotencyKey: key,
    }),
  });
  await res.text();
  return res.status;
}
