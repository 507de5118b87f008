import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { AppEnv } from "../../shared/context";
import { listOpenStaffCalls } from "./list-open-staff-calls";

const POLL_MS = 2_000;
// Streams end after a while and EventSource reconnects by itself: no connection lives forever,
// which suits Workers' request limits and lets a revoked session stop receiving.
const STREAM_MS = 5 * 60_000;

/**
 * Live staff-call alerts for the admin panel. Polling the table keeps this identical on Node
 * and Workers (no shared pub/sub between isolates); an event is sent only when the open set changes.
 */
export function streamStaffCalls(c: Context<AppEnv>, communityId: string) {
  return streamSSE(c, async (stream) => {
    let last = "";
    const until = Date.now() + STREAM_MS;
    while (!stream.aborted && Date.now() < until) {
      const calls = await listOpenStaffCalls(c.var.deps, { communityId });
      const payload = JSON.stringify({ calls });
      if (payload !== last) {
        await stream.writeSSE({ event: "staff-calls", data: payload });
        last = payload;
      }
      await stream.sleep(POLL_MS);
    }
  });
}
