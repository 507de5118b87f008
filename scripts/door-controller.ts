/**
 * A door controller simulator: what a relay board on the station's door does with our webhook.
 * It accepts POST / with a JSON command {door, timestamp, nonce, signature}, checks the signature
 * with that door's secret (HMAC-SHA256 over "timestamp.nonce.door"), refuses a command older or
 * further ahead than 30 s and any nonce it has already seen, and "opens" (records) the rest.
 *
 *   npx tsx scripts/door-controller.ts --port 8787 --door <doorId>=<secret> [--door …]
 *
 * The tests start it in-process with startDoorController(). Node only (node:http).
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { RELAY_WINDOW_MS, type SignedRelayCommand, verifyRelay } from "../api/station/relay-rules";

export type ControllerEvent = { command: SignedRelayCommand; verdict: string; status: number; at: number };
export type DoorControllerOptions = {
  doors: Record<string, string>;
  port?: number;
  /** The controller's clock; tests hand in the app's clock so the 30 s window is judged alike. */
  now?: () => number;
  /** Answer every command with this status instead (a broken board), until set back to null. */
  failWith?: number | null;
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) req.destroy();
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });

const statusOf: Record<string, number> = {
  ok: 200,
  bad_signature: 401,
  wrong_door: 404,
  stale: 409,
  replayed: 409,
  malformed: 400,
};

export async function startDoorController(options: DoorControllerOptions) {
  const now = options.now ?? Date.now;
  const events: ControllerEvent[] = [];
  // Nonces accepted within the window; older ones would be refused as stale anyway.
  const seen = new Map<string, number>();
  const state = { failWith: options.failWith ?? null };
  const server = createServer(async (req, res) => {
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    let command: SignedRelayCommand;
    try {
      command = JSON.parse(await readBody(req)) as SignedRelayCommand;
      if (typeof command.door !== "string" || typeof command.nonce !== "string") throw new Error("shape");
    } catch {
      res.writeHead(400).end(JSON.stringify({ verdict: "malformed" }));
      return;
    }
    const at = now();
    for (const [nonce, when] of seen) if (at - when > 2 * RELAY_WINDOW_MS) seen.delete(nonce);
    const secret = options.doors[command.door];
    const verdict = secret ? await verifyRelay(secret, command.door, command, at, new Set(seen.keys())) : "wrong_door";
    if (verdict === "ok") seen.set(command.nonce, at);
    const status = verdict === "ok" && state.failWith ? state.failWith : (statusOf[verdict] ?? 400);
    events.push({ command, verdict, status, at });
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ verdict }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    events,
    /** Commands that opened the door. */
    opened: () => events.filter((e) => e.verdict === "ok" && e.status === 200),
    setFailure: (status: number | null) => void (state.failWith = status),
    /** Send a command as it is, for replay and forgery tests. */
    send: async (command: unknown) => {
      const res = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: JSON.stringify(command) });
      return { status: res.status, verdict: ((await res.json()) as { verdict: string }).verdict };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type DoorController = Awaited<ReturnType<typeof startDoorController>>;

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const args = process.argv.slice(2);
  const doors: Record<string, string> = {};
  let port = 8787;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--port") port = Number(args[++i]);
    else if (args[i] === "--door") {
      const [id, ...secret] = (args[++i] ?? "").split("=");
      if (id && secret.length) doors[id] = secret.join("=");
    }
  }
  const controller = await startDoorController({ doors, port });
  console.log(`door controller listening on ${controller.url} for ${Object.keys(doors).length} door(s)`);
  let shown = 0;
  setInterval(() => {
    for (const e of controller.events.slice(shown))
      console.log(`${new Date(e.at).toISOString()} door=${e.command.door} ${e.verdict} → ${e.status}`);
    shown = controller.events.length;
  }, 250);
}
