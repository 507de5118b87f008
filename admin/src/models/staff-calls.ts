import { effect, signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { unwrap } from "@ui/api-client";
import { api } from "../api";
import { communityId } from "./community";
import type { PersonRef } from "./people";

const endpoint = api.communities[":communityId"]["staff-calls"];
export type StaffCall = InferResponseType<typeof endpoint.$get, 200>["calls"][number];

/** Open calls for the community on screen, as the API's event stream last described them. */
export const staffCalls = signal<StaffCall[]>([]);
/** False while the stream is down (EventSource is reconnecting); the panel says so. */
export const staffCallsLive = signal(false);

const RETRY_MS = 5_000;

effect(() => {
  const id = communityId.value;
  staffCalls.value = [];
  staffCallsLive.value = false;
  if (!id) return;
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    source = new EventSource(endpoint.stream.$url({ param: { communityId: id } }).pathname);
    source.onopen = () => (staffCallsLive.value = true);
    source.addEventListener("staff-calls", (event) => {
      staffCalls.value = (JSON.parse((event as MessageEvent<string>).data) as { calls: StaffCall[] }).calls;
    });
    source.onerror = () => {
      staffCallsLive.value = false;
      // EventSource retries dropped connections itself, but gives up on an HTTP error status.
      if (source?.readyState === EventSource.CLOSED) retry = setTimeout(open, RETRY_MS);
    };
  };
  open();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
});

/** Says who is at the kiosk, or (with null) that nobody needs identifying. */
export async function answerStaffCall(id: string, callId: string, person: PersonRef | null) {
  const answer = await unwrap(
    endpoint[":callId"].answer.$post({ param: { communityId: id, callId }, json: { person } }),
  );
  // The stream drops it within a couple of seconds; do not leave it there until then.
  staffCalls.value = staffCalls.value.filter((c) => c.id !== callId);
  return answer;
}
