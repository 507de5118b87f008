import { signal } from "@preact/signals";
import { computeDescriptor, loadFaceModels, type FaceInput } from "@ui/face/face-descriptor";
import type { IdentifyMessageKey } from "./messages";

export type IdentifyRequest = { method: "qr"; code: string } | { method: "face"; descriptor: number[] };
/** The panel needs only the name; the caller's own type (session token, actions…) passes through. */
export type IdentifiedPerson = { name: string };
export type IdentifyResponse<P extends IdentifiedPerson = IdentifiedPerson> =
  | { ok: true; person: P }
  | { ok: false; code: string };
export type Identify<P extends IdentifiedPerson = IdentifiedPerson> = (
  request: IdentifyRequest,
) => Promise<IdentifyResponse<P>>;

export type IdentifyStatus =
  | { kind: "ready" }
  | { kind: "face_loading" }
  | { kind: "face_capturing" }
  | { kind: "checking" }
  | { kind: "identified"; name: string }
  | { kind: "refused"; message: IdentifyMessageKey; code?: string };

// The camera keeps seeing a refused pass several times a second; asking again at once would
// only repeat the refusal and eat into the kiosk's rate limit.
const SAME_CODE_PAUSE_MS = 4000;

type FlowOptions<P extends IdentifiedPerson> = {
  identify: Identify<P>;
  onIdentified: (person: P) => void;
  now?: () => number;
};

/** One panel's identification: at most one attempt at a time, and nothing after a success. */
export function createIdentifyFlow<P extends IdentifiedPerson>({
  identify,
  onIdentified,
  now = Date.now,
}: FlowOptions<P>) {
  const status = signal<IdentifyStatus>({ kind: "ready" });
  let lastRefused: { code: string; at: number } | undefined;

  const busy = () => !["ready", "refused"].includes(status.value.kind);

  async function submit(request: IdentifyRequest) {
    status.value = { kind: "checking" };
    let response: IdentifyResponse<P>;
    try {
      response = await identify(request);
    } catch {
      response = { ok: false, code: "NETWORK" };
    }
    if (response.ok) {
      status.value = { kind: "identified", name: response.person.name };
      onIdentified(response.person);
      return;
    }
    if (request.method === "qr") lastRefused = { code: request.code, at: now() };
    status.value = { kind: "refused", message: refusalMessage(response.code), code: response.code };
  }

  function submitCode(code: string) {
    if (busy()) return;
    if (lastRefused?.code === code && now() - lastRefused.at < SAME_CODE_PAUSE_MS) return;
    void submit({ method: "qr", code });
  }

  async function captureFace(input: FaceInput) {
    if (busy()) return;
    status.value = { kind: "face_loading" };
    try {
      await loadFaceModels();
      status.value = { kind: "face_capturing" };
      const result = await computeDescriptor(input);
      if (!result.ok) status.value = { kind: "refused", message: `identify.${result.reason}` };
      else await submit({ method: "face", descriptor: result.descriptor });
    } catch {
      status.value = { kind: "refused", message: "identify.faceFailed" };
    }
  }

  return { status, submitCode, captureFace };
}

const KNOWN_CODES = [
  "NOT_RECOGNISED",
  "PASS_REVOKED",
  "CODE_EXPIRED",
  "COURIER_NOT_VERIFIED",
  "COURIER_SUSPENDED",
  "RATE_LIMITED",
  "NETWORK",
] as const;

function refusalMessage(code: string): IdentifyMessageKey {
  return (KNOWN_CODES as readonly string[]).includes(code)
    ? (`identify.error.${code}` as IdentifyMessageKey)
    : "identify.error.generic";
}
