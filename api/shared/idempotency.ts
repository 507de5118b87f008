import { and, eq, isNull, lte } from "drizzle-orm";
import { idempotencyKeys } from "../../db/schema";
import type { Context } from "hono";
import type { AppEnv, Deps } from "./context";
import { sha256 } from "./crypto";
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
 * transaction, so it runs the same on libSQL and D1.
 */
export async function idempotent<T>(
  { db, clock }: Pick<Deps, "db" | "clock">,
  input: IdempotentRequest,
  run: (claimId: string) => Promise<T>,
): Promise<T> {
  const scope = `${input.caller.kind}:${input.caller.id}`;
  const fingerprint = await sha256(canonicalJson(input.request));
  const now = clock.now();
  const mine = { scope, key: input.key };
  const match = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, input.key));
  await db.batch([
    db.delete(idempotencyKeys).where(and(match, lte(idempotencyKeys.expiresAt, now))),
    db
      .insert(idempotencyKeys)
      .values({
        id: crypto.randomUUID(),
        ...mine,
        fingerprint,
        createdAt: now,
        expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
      })
      .onConflictDoNothing(),
  ]);
  const [claim] = await db.select().from(idempotencyKeys).where(match).limit(1);
  if (!claim) throw new Error("idempotency claim vanished"); // only a 24 h expiry racing this very request
  if (claim.fingerprint !== fingerprint) throw reusedKey();
  if (claim.response !== null) return JSON.parse(claim.response) as T;
  const result = await run(claim.id);
  // JSON round trip: the first answer and every replay are the same text.
  const stored = JSON.stringify(result);
  await db
    .update(idempotencyKeys)
    .set({ response: stored, status: 200 })
    .where(and(eq(idempotencyKeys.id, claim.id), isNull(idempotencyKeys.response)));
  return JSON.parse(stored) as T;
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
export function keyed<T>(
  c: Context<AppEnv>,
  operation: string,
  input: { idempotencyKey: string } & Record<string, unknown>,
  run: (claimId: string) => Promise<T>,
) {
  const { idempotencyKey, ...request } = input;
  const session = c.get("kioskSession") as AppEnv["Variables"]["kioskSession"] | undefined;
  const staff = c.get("staff") as AppEnv["Variables"]["staff"] | undefined;
  const caller = session
    ? session.holder
    : staff
      ? { kind: "staff", id: staff.id }
      : { kind: "kiosk", id: c.var.kiosk.id };
  return idempotent(
    c.var.deps,
    { caller, key: idempotencyKey, request: { ...request, ...c.req.param(), operation } },
    run,
  );
}
