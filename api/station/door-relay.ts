import { eq } from "drizzle-orm";
import { doorCommands } from "../../db/schema";
import type { Deps } from "../shared/context";
import { fromBase64Url, randomToken, toBase64Url, newId } from "../shared/crypto";
import { decryptBytes, encryptBytes } from "../shared/data-key";
import { RELAY_BACKOFF_MS, RELAY_TIMEOUT_MS, shouldRetry, signRelay } from "./relay-rules";
import type { StationDoor } from "./load-station";

export type RelayResult = { commandId: string; opened: boolean; status: number | null; answer: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const sealDoorSecret = async (config: Deps["config"], secret: string) =>
  encryptBytes(config, fromBase64Url(toBase64Url(new TextEncoder().encode(secret))));
const openDoorSecret = async (config: Deps["config"], sealed: string) =>
  new TextDecoder().decode(await decryptBytes(config, sealed));

/** A fresh per-door secret for a new door, shown to staff once so the relay board can hold it. */
export const newDoorSecret = () => randomToken(24);

/**
 * Open a door: a command in the outbox, then signed POSTs to the door's webhook until the
 * controller answers, with back-off. Each attempt is signed anew (fresh timestamp and nonce), so
 * no attempt can be replayed; the answer is recorded on the command either way.
 */
export async function sendDoorCommand(deps: Deps, { door }: { door: StationDoor }): Promise<RelayResult> {
  const { db, clock, config } = deps;
  const doFetch = deps.fetch ?? fetch;
  const commandId = newId();
  const base = { id: commandId, communityId: door.communityId, doorId: door.id, issuedAt: clock.now() };
  if (!door.webhookUrl || !door.secretCiphertext) {
    await db.insert(doorCommands).values({ ...base, nonce: randomToken(16), status: "failed", answer: "no relay set" });
    return { commandId, opened: false, status: null, answer: "no relay set" };
  }
  const secret = await openDoorSecret(config, door.secretCiphertext);
  let nonce = randomToken(16);
  await db.insert(doorCommands).values({ ...base, nonce, status: "pending" });
  let status: number | null = null;
  let answer = "";
  let attempts = 0;
  for (const wait of RELAY_BACKOFF_MS) {
    if (wait) await sleep(wait);
    if (attempts > 0) nonce = randomToken(16);
    attempts += 1;
    const body = await signRelay(secret, { door: door.id, timestamp: clock.now().getTime(), nonce });
    try {
      const res = await doFetch(door.webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(RELAY_TIMEOUT_MS),
      });
      status = res.status;
      answer = (await res.text()).slice(0, 200);
    } catch (err) {
      status = null;
      answer = err instanceof Error ? err.message.slice(0, 200) : "no answer";
    }
    if (!shouldRetry(status)) break;
  }
  const opened = status !== null && status >= 200 && status < 300;
  await db
    .update(doorCommands)
    .set({
      nonce,
      attempts,
      status: opened ? "opened" : status === null || status >= 500 ? "failed" : "refused",
      answerStatus: status,
      answer,
      answeredAt: clock.now(),
    })
    .where(eq(doorCommands.id, commandId));
  return { commandId, opened, status, answer };
}
