/**
 * The door controller's logic, runtime-neutral (a Request in, a Response out): what a relay board
 * on the station's door does with our webhook. It checks the command's signature with that door's
 * secret (HMAC-SHA256 over "timestamp.nonce.door"), refuses a command older or further ahead than
 * 30 s and any nonce it has already seen, and "opens" (records) the rest. scripts/door-controller.ts
 * serves it over HTTP on Node; API tests hand `fetch` to the app as its outgoing fetch, so the same
 * controller answers on Node and in workerd.
 */
import { RELAY_WINDOW_MS, type SignedRelayCommand, verifyRelay } from "../api/station/relay-rules";

export type ControllerEvent = { command: SignedRelayCommand; verdict: string; status: number; at: number };
export type DoorControllerOptions = {
  /** Each door's id and the secret it shares with the server. */
  doors?: Record<string, string>;
  /** The controller's clock; tests hand in the app's clock so the 30 s window is judged alike. */
  now?: () => number;
};

const statusOf: Record<string, number> = { ok: 200, bad_signature: 401, wrong_door: 404, stale: 409, replayed: 409 };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

export function createDoorController(options: DoorControllerOptions) {
  const now = options.now ?? Date.now;
  const doors: Record<string, string> = { ...options.doors };
  const events: ControllerEvent[] = [];
  // Nonces accepted lately; one older than the window would be refused as stale anyway.
  const seen = new Map<string, number>();
  const state: { failWith: number | null; unreachable: boolean } = { failWith: null, unreachable: false };

  async function handle(request: Request): Promise<Response> {
    if (request.method !== "POST") return json(405, { verdict: "method" });
    let command: SignedRelayCommand;
    try {
      command = (await request.json()) as SignedRelayCommand;
      if (typeof command.door !== "string" || typeof command.nonce !== "string") throw new Error("shape");
    } catch {
      return json(400, { verdict: "malformed" });
    }
    const at = now();
    for (const [nonce, when] of seen) if (Math.abs(at - when) > 2 * RELAY_WINDOW_MS) seen.delete(nonce);
    const secret = doors[command.door];
    const verdict = secret ? await verifyRelay(secret, command.door, command, at, new Set(seen.keys())) : "wrong_door";
    if (verdict === "ok") seen.set(command.nonce, at);
    const status = verdict === "ok" && state.failWith ? state.failWith : (statusOf[verdict] ?? 400);
    events.push({ command, verdict, status, at });
    return json(status, { verdict });
  }

  return {
    handle,
    events,
    addDoors: (more: Record<string, string>) => void Object.assign(doors, more),
    /** As an outgoing fetch: a controller that cannot be reached throws, like a network failure. */
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (state.unreachable) throw new TypeError("fetch failed: controller unreachable");
      return handle(new Request(input, init));
    }) as typeof fetch,
    /** Commands that opened the door. */
    opened: () => events.filter((e) => e.verdict === "ok" && e.status === 200),
    /** A broken board: answer every valid command with this status (null: work again). */
    setFailure: (status: number | null) => void (state.failWith = status),
    /** Pull the cable: every request fails as a network error (false: plug it back). */
    setUnreachable: (down: boolean) => void (state.unreachable = down),
    /** Send a command as it is, for replay and forgery tests. */
    send: async (command: unknown) => {
      const res = await handle(new Request("http://controller/", { method: "POST", body: JSON.stringify(command) }));
      return { status: res.status, verdict: ((await res.json()) as { verdict: string }).verdict };
    },
  };
}

export type DoorController = ReturnType<typeof createDoorController>;
