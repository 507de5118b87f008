import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelOrder } from "../../api/canteen/cancel-order";
import { orderMeal } from "../../api/canteen/order-meal";
import { recordCardEntry } from "../../api/canteen/top-up";
import type { StaffPrincipal } from "../../api/shared/context";
import { DomainError } from "../../api/shared/errors";
import { type Config, parseConfig } from "../../api/env";
import { manualClock } from "../../api/shared/clock";
import { randomToken } from "../../api/shared/crypto";
import { createDb, type Db } from "../../db/client";
import { migrateDb } from "../../db/migrate";
import * as s from "../../db/schema";
import { makeCanteen, makeCommunity, makeResident, makeStaff } from "../support/factories";

// Model-based test of the meal-card ledger and the subsidy funds' budgets: fast-check generates
// sequences of desk top-ups, corrections, orders and cancellations, some steps several at once
// (as kiosks and the desk race), runs them through the real verbs on a fresh community each, and
// after every step compares the database with a model built only from the answers the verbs gave.
const SEQUENCES = Number(process.env.PROOF_SEQUENCES ?? 1_000);
const MORNING = "2026-11-23T01:00:00Z"; // 09:00 Shanghai, before the 10:00 cut-off

// One database for every sequence (each gets a fresh community), on tmpfs without fsync: the
// invariants are about statements and batches, not the disk, and 1,000 sequences stay cheap.
let t: { db: Db; clock: ReturnType<typeof manualClock>; config: Config };
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "linli-proof-"));
  const db = createDb({ url: `file:${join(dir, "model.db")}` });
  await db.run(sql`PRAGMA journal_mode = WAL`);
  await db.run(sql`PRAGMA synchronous = OFF`);
  await migrateDb(db);
  t = { db, clock: manualClock(MORNING), config: parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) }) };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const deps = () => ({ db: t.db, clock: t.clock, config: t.config });

type Command =
  | { kind: "topUp"; who: number; fen: number }
  | { kind: "correct"; who: number; fen: number }
  | { kind: "order"; who: number; payment: "meal_card" | "counter" }
  | { kind: "cancel"; who: number; nth: number };
type Step = Command[]; // one step: its commands run at once

const who = fc.integer({ min: 0, max: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant("topUp" as const), who, fen: fc.integer({ min: 1, max: 3_000 }) }),
  fc.record({ kind: fc.constant("correct" as const), who, fen: fc.integer({ min: -2_000, max: 500 }) }),
  fc.record({
    kind: fc.constant("order" as const),
    who,
    payment: fc.constantFrom("meal_card" as const, "counter" as const),
  }),
  fc.record({ kind: fc.constant("cancel" as const), who, nth: fc.nat({ max: 3 }) }),
);
const steps = fc.array(fc.array(command, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });

/** The three diners: one 80 (two funds share her meal), one 低保 at 62, one 40 paying the list price. */
const DINERS = [
  { birthDate: "1946-05-15", groups: [] as string[] },
  { birthDate: "1964-03-01", groups: ["dibao"] },
  { birthDate: "1986-01-01", groups: [] as string[] },
];

async function scene() {
  const community = await makeCommunity(t.db);
  // Small budgets, so a few orders run a fund out and the budget trigger is exercised.
  await makeCanteen(t.db, community, {
    lunchCapacity: 4,
    budgets: { street_elderly_meal: 1_200, civil_affairs_elderly: 500, civil_affairs_low_income: 900 },
  });
  // The desk's staff member, as the routes hand them to the verbs once signed in.
  const { id, districtId, communityId, username, displayName, role } = await makeStaff(
    t.db,
    community,
    "canteen_staff",
  );
  const actor: StaffPrincipal = { id, districtId, communityId, username, displayName, role, sessionTokenHash: "" };
  const residents = [];
  for (const d of DINERS) {
    residents.push(await makeResident(t.db, community.id, { birthDate: d.birthDate, groups: d.groups as never }));
  }
  return { community, actor, residents };
}

type Model = { balance: number[]; orders: { id: string; who: number; paidFen: number; cancelled: boolean }[] };

const expectedRefusals = new Set([
  "INSUFFICIENT_BALANCE",
  "FUND_EXHAUSTED",
  "FULL",
  "HOLDER_BUSY",
  "NOT_CANCELLABLE",
  "PRICE_CHANGED",
]);

async function run(c: Command, sc: Awaited<ReturnType<typeof scene>>, model: Model) {
  const resident = sc.residents[c.who]!;
  try {
    if (c.kind === "topUp" || c.kind === "correct") {
      await recordCardEntry(deps(), {
        actor: sc.actor,
        communityId: sc.community.id,
        residentId: resident.id,
        amountFen: c.fen,
        kind: c.kind === "topUp" ? "top_up" : "correction",
        method: "cash",
        idempotencyKey: crypto.randomUUID(),
      });
      model.balance[c.who]! += c.fen;
    } else if (c.kind === "order") {
      const placed = await orderMeal(deps(), {
        communityId: sc.community.id,
        residentId: resident.id,
        orderedById: resident.id,
        sitting: "lunch",
        payment: c.payment,
        delivery: false,
        idempotencyKey: crypto.randomUUID(),
        identifiedBy: "qr",
      });
      const paidFen = c.payment === "meal_card" ? placed.payFen : 0;
      model.balance[c.who]! -= paidFen;
      model.orders.push({ id: placed.id, who: c.who, paidFen, cancelled: false });
    } else {
      const mine = model.orders.filter((o) => o.who === c.who && !o.cancelled);
      const target = mine[c.nth % Math.max(1, mine.length)];
      if (!target) return;
      target.cancelled = true; // claimed before the await, so a concurrent cancel of it is not counted twice
      try {
        await cancelOrder(deps(), { communityId: sc.community.id, orderId: target.id, actorResidentId: resident.id });
        model.balance[c.who]! += target.paidFen;
      } catch (err) {
        // Another step of this same moment cancelled it first: that one refunded.
        if (!(err instanceof DomainError && err.code === "NOT_CANCELLABLE")) throw err;
      }
    }
  } catch (err) {
    if (err instanceof DomainError && expectedRefusals.has(err.code)) return;
    throw err;
  }
}

async function check(sc: Awaited<ReturnType<typeof scene>>, model: Model) {
  for (const [i, r] of sc.residents.entries()) {
    const [row] = await t.db.all<{ total: number; n: number }>(
      sql`SELECT coalesce(sum(amount_fen), 0) AS total, count(*) AS n FROM meal_card_entries WHERE resident_id = ${r.id}`,
    );
    const ledger = Number(row?.total ?? 0);
    expect(ledger, "balance = Σ ledger = the model").toBe(model.balance[i]);
    expect(ledger).toBeGreaterThanOrEqual(0);
  }
  const overspent = await t.db.all<{ code: string; spent: number; budget: number }>(sql`
    SELECT f.code, os.month, sum(os.amount_fen) AS spent, coalesce(b.budget_fen, f.monthly_budget_fen) AS budget
    FROM order_subsidies os JOIN funds f ON f.id = os.fund_id JOIN meal_orders o ON o.id = os.order_id
    LEFT JOIN fund_budgets b ON b.fund_id = f.id AND b.month = os.month
    WHERE f.community_id = ${sc.community.id} AND o.status <> 'cancelled'
    GROUP BY f.id, os.month HAVING sum(os.amount_fen) > coalesce(b.budget_fen, f.monthly_budget_fen)`);
  expect(overspent, "no fund spends past its budget").toEqual([]);
  // Every cancelled card order has exactly one refund, and no live order has any.
  const refunds = await t.db.all<{ id: string; status: string; payment: string; refunds: number }>(sql`
    SELECT o.id, o.status, o.payment, (SELECT count(*) FROM meal_card_entries e WHERE e.order_id = o.id AND e.kind = 'refund') AS refunds
    FROM meal_orders o WHERE o.community_id = ${sc.community.id} AND o.pay_fen > 0`);
  for (const o of refunds) {
    expect(Number(o.refunds), `order ${o.id} (${o.status})`).toBe(
      o.status === "cancelled" && o.payment === "meal_card" ? 1 : 0,
    );
  }
  const capacity = await t.db
    .select({ n: sql<number>`count(*)` })
    .from(s.bookings)
    .where(
      and(
        eq(s.bookings.communityId, sc.community.id),
        sql`${s.bookings.status} IN ('confirmed', 'checked_in', 'held')`,
      ),
    );
  expect(Number(capacity[0]?.n)).toBeLessThanOrEqual(4);
}

describe("the meal-card ledger and fund budgets, model-based", () => {
  it(`hold balance = Σ ledger ≥ 0 and every budget over ${SEQUENCES} generated sequences with concurrent steps`, async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (generated: Step[]) => {
        const sc = await scene();
        const model: Model = { balance: [0, 0, 0], orders: [] };
        for (const step of generated) {
          await Promise.all(step.map((c) => run(c, sc, model)));
          await check(sc, model);
        }
      }),
      { numRuns: SEQUENCES, seed: 20261123, endOnFailure: true },
    );
  }, 600_000);
});
