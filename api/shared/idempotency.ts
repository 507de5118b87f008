import { and, eq, isNull, lte, sql, type SQL } from "drizzle-orm";
import { prepared } from "../../db/prepared";
import { idempotencyKeys } from "../../db/schema";
import type { Context } from "hono";
import type { AppEnv, Deps } from "./context";
import { sha256, newId } from "./crypto";
import { DomainError } from "./errors";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;

/** Who sent a key: a kiosk session's person or a staff member. Two callers never share a key. */
export type IdempotencyCaller = { kind: string; id: string };

export type IdempotentRequest = {
  caller: IdempotencyCaller;
  key: string;
  /** The operation and everything that shapes its effect (body and path), without the key itself. */
  request: { operation: string } & Record<string, unknown>;
};

/** A stable JSON text: object keys sorted, undefined left out, so the same request hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const reusedKey = () =>
  new DomainError(
    "conflict",
    "IDEMPOTENCY_KEY_REUSED",
    "This request key was already used for a different request; make a new one",
  );

/**
 * The one idempotency rule for every write that takes a key. The key is claimed for its caller
 * with the request's fingerprint (an expired claim is dropped in the same batch); another request
 * under the same key is IDEMPOTENCY_KEY_REUSED; a replay answers the stored response. `run` gets
 * the claim's id to use as the key of its own rows (ledger entries, bookings), so two copies racing
 * before either has an answer still act once: the second finds the first's rows by that key.
 * Refusals are not stored: a retry after "full" asks again. Plain statements only, no
 * transaction, so it runs the same on libSQL and D1. A write whose own batch can hold the claim
 * and its answer (a meal order) uses the parts below instead: one batch for all of it.
 */
export async function idempotent<T>(
  deps: Pick<Deps, "db" | "clock">,
  input: IdempotentRequest,
  run: (claimId: string) => Promise<T>,
): Promise<T> {
  const claim = await newClaim(deps, input);
  const held = await claimKey(deps, claim);
  if ("answer" in held) return held.answer as T;
  const result = await run(held.claimId);
  // JSON round trip: the first answer and every replay are the same text.
  const stored = JSON.stringify(result);
  await deps.db
    .update(idempotencyKeys)
    .set({ response: stored, status: 200 })
    .where(and(eq(idempotencyKeys.id, held.claimId), isNull(idempotencyKeys.response)));
  return JSON.parse(stored) as T;
}

/** A claim about to be made: the caller's scope, the key, the request's fingerprint and a new id. */
export type NewClaim = { id: string; scope: string; key: string; fingerprint: string; now: Date };

export async function newClaim({ clock }: Pick<Deps, "clock">, input: IdempotentRequest): Promise<NewClaim> {
  return {
    id: newId(),
    scope: `${input.caller.kind}:${input.caller.id}`,
    key: input.key,
    fingerprint: await sha256(canonicalJson(input.request)),
    now: clock.now(),
  };
}

const placeholder = sql.placeholder;
const matching = and(eq(idempotencyKeys.scope, placeholder("scope")), eq(idempotencyKeys.key, placeholder("key")));
const dropExpired = prepared((db) =>
  db.delete(idempotencyKeys).where(and(matching, lte(idempotencyKeys.expiresAt, placeholder("nowMs")))),
);
const insertClaim = prepared((db) =>
  db
    .insert(idempotencyKeys)
    .values({
      id: placeholder("id"),
      scope: placeholder("scope"),
      key: placeholder("key"),
      fingerprint: placeholder("fingerprint"),
      createdAt: placeholder("now"),
      expiresAt: placeholder("expiresAt"),
    })
    .onConflictDoNothing(),
);
const readClaim = prepared((db) =>
  db
    .select({ id: idempotencyKeys.id, fingerprint: idempotencyKeys.fingerprint, response: idempotencyKeys.response })
    .from(idempotencyKeys)
    .where(matching)
    .limit(1),
);

/** The statements that open a claim's batch: an expired claim of the key dropped, this one made unless the key is held. */
export function claimStatements({ db }: Pick<Deps, "db">, claim: NewClaim) {
  const { scope, key, now } = claim;
  return [
    dropExpired.inBatch(db, { scope, key, nowMs: now.getTime() }),
    insertClaim.inBatch(db, { ...claim, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) }),
  ] as const;
}

/** The claim that holds the key, read back at the end of the batch that made it. */
export const claimRow = ({ db }: Pick<Deps, "db">, { scope, key }: NewClaim) => readClaim.inBatch(db, { scope, key });

/** A batch condition: the claim with this id holds its key (the batch acts for the key's first request). */
export const holdsKey = (claimId: string) => sql`EXISTS (SELECT 1 FROM idempotency_keys WHERE id = ${claimId})`;

/** Stores the answer (an SQL JSON text) on the claim, in the batch that acted, when `acted` holds. */
export const storeAnswer = ({ db }: Pick<Deps, "db">, claimId: string, answer: SQL, acted: SQL) =>
  db.run(sql`UPDATE idempotency_keys SET response = ${answer}, status = 200
    WHERE id = ${claimId} AND response IS NULL AND ${acted}`);

/**
 * What the claim holding the key says: another request's key (IDEMPOTENCY_KEY_REUSED), the first
 * answer to replay, or the claim's id to act under (this claim, or an earlier one with no answer).
 */
export function settleClaim(
  claim: NewClaim,
  row: { id: string; fingerprint: string; response: string | null } | undefined,
): { answer: unknown } | { claimId: string } {
  if (!row) throw new Error("idempotency claim vanished"); // only a 24 h expiry racing this very request
  if (row.fingerprint !== claim.fingerprint) throw reusedKey();
  if (row.response !== null) return { answer: JSON.parse(row.response) };
  return { claimId: row.id };
}

/** What a write puts in its own batch to act under a claim: its statements, whether it acted, and its answer (SQL JSON). */
type BatchItem = Parameters<Deps["db"]["batch"]>[0][number];

/**
 * One batch that claims the key, acts (statements guarded by `holdsKey(claimId)`) and stores the
 * answer when it acted; settled as `settleClaim` does: the stored answer (this batch's or a first
 * request's), or the claim to act under (this one when the write was refused).
 */
export async function actClaimed(deps: Pick<Deps, "db">, claim: NewClaim, act: ClaimedAct) {
  const results = await deps.db.batch(claimedBatch(deps, claim, act));
  return settleClaim(claim, (results.at(-1) as Awaited<ReturnType<typeof claimRow>>)[0]);
}

type ClaimedAct = { claimId: string; statements: readonly BatchItem[]; acted: SQL; answer: SQL };

/** actClaimed's batch: the claim, the act, its answer stored and the claim read back (the benches' raw write too). */
export const claimedBatch = (deps: Pick<Deps, "db">, claim: NewClaim, act: ClaimedAct) =>
  [
    ...claimStatements(deps, claim),
    ...act.statements,
    storeAnswer(deps, act.claimId, act.answer, act.acted),
    claimRow(deps, claim),
  ] as unknown as Parameters<Deps["db"]["batch"]>[0];

/** Claims the key in a batch of its own and settles it. */
export async function claimKey(deps: Pick<Deps, "db">, claim: NewClaim) {
  const { db } = deps;
  const [, , row] = await db.batch([...claimStatements(deps, claim), claimRow(deps, claim)]);
  return settleClaim(claim, row[0]);
}

/** Claims past their 24 hours, for the duties to sweep. */
export function sweepIdempotencyKeys({ db, clock }: Pick<Deps, "db" | "clock">) {
  return db.delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, clock.now()));
}

/**
 * The route's side of the rule: the caller is the kiosk session's person, else the signed-in staff
 * member, else the kiosk itself (a rider registering, who is nobody yet); the fingerprint is the
 * operation, its path parameters and its body without the key.
 */
export function keyedRequest(
  c: Context<AppEnv>,
  operation: string,
  input: { idempotencyKey: string } & Record<string, unknown>,
): IdempotentRequest {
  const { idempotencyKey, ...request } = input;
  const session = c.get("kioskSession") as AppEnv["Variables"]["kioskSession"] | undefined;
  const staff = c.get("staff") as AppEnv["Variables"]["staff"] | undefined;
  const caller = session
    ? session.holder
    : staff
      ? { kind: "staff", id: staff.id }
      : { kind: "kiosk", id: c.var.kiosk.id };
  return { caller, key: idempotencyKey, request: { ...request, ...c.req.param(), operation } };
}

/** A keyed write through the rule: `run` acts once per caller and key, a replay answers the first answer. */
export function keyed<T>(
  c: Context<AppEnv>,
  operation: string,
  input: { idempotencyKey: string } & Record<string, unknown>,
  run: (claimId: string) => Promise<T>,
) {
  return idempotent(c.var.deps, keyedRequest(c, operation, input), run);
}
