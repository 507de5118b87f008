// The monthly subsidy claim over 1,000,000 orders in one month (two sittings × 30 days, ~5%
// cancelled, every age and group, each order's fund shares priced by the seeds' policy through
// priceMeal) in a libSQL file: median time of monthlySettlement (goal ≤ 1 s, issue 4), the
// settlementEvidence rows behind it, fundUsage (which every kiosk order runs) at that size, and
// the query plans. Then, on the same throw-away file, the indexes we would suggest, re-timed.
//   npx tsx bench/settlement.ts            (ORDERS=1000000 by default)
import type { Client } from "@libsql/client";
import { eq } from "drizzle-orm";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fundUsage } from "../api/canteen/canteen-day";
import { priceMeal } from "../api/canteen/rules";
import { SEED_FUNDS, SEED_POLICY } from "../api/canteen/seed-policy";
import { monthlySettlement, settlementEvidence } from "../api/canteen/settlement";
import { createNodeDb } from "../db/node-db";
import { migrateDb } from "../db/migrate";
import * as t from "../db/schema";
import { makeCanteen, makeCommunity } from "../tests/support/factories";

const ORDERS = Number(process.env.ORDERS ?? 1_000_000);
const RESIDENTS = 20_000; // more than the orders of any one sitting, so each diner eats once per sitting
const MONTH = "2026-11";
const FUND = "street_elderly_meal";
const RUNS = 3;
const GROUPS = ["[]", '["low_income"]', '["extreme_hardship","disabled"]'];
const DAY_MS = 86_400_000;
const NOV_1 = Date.UTC(2026, 10, 1); // 08:00 in Shanghai; lunch 11:00 is +3 h, dinner 17:00 is +9 h

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
async function timed<T>(fn: () => Promise<T>) {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** Runs the client's statements one after another and times each SQL text on its own. */
function timeStatements(client: Client) {
  const times: { sql: string; ms: number }[] = [];
  const { execute } = client;
  let queue: Promise<unknown> = Promise.resolve();
  client.execute = ((stmt: unknown, args?: unknown) => {
    const run = queue.then(async () => {
      const started = performance.now();
      const result = await execute.call(client, stmt as never, args as never);
      const text = typeof stmt === "string" ? stmt : (stmt as { sql: string }).sql;
      times.push({ sql: text.replace(/\s+/g, " ").trim().slice(0, 120), ms: performance.now() - started });
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }) as Client["execute"];
  return { times, restore: () => Object.assign(client, { execute }) };
}

const dir = mkdtempSync(join(tmpdir(), "linli-bench-"));
const file = join(dir, "settlement.db");
const db = createNodeDb({ url: `file:${file}` });
const client = (db as unknown as { $client: Client }).$client;
try {
  await migrateDb(db);
  const [fk] = await db.all<{ foreign_keys: number }>("PRAGMA foreign_keys");
  const community = await makeCommunity(db);
  // No budgets while generating: the budget trigger sums the month for every share it checks.
  const { sitting: lunch, funds } = await makeCanteen(db, community, {
    lunchCapacity: 100_000,
    budgets: Object.fromEntries(SEED_FUNDS.map((f) => [f.code, null])),
  });
  const dinner = {
    ...lunch,
    id: crypto.randomUUID(),
    label: "dinner",
    attributes: { start: "17:00", end: "19:00", orderCutoff: "15:00" },
  };
  await db.insert(t.resources).values(dinner);
  const [policy] = await db.select().from(t.pricingPolicies).where(eq(t.pricingPolicies.communityId, community.id));

  // Every price the policy gives, by (age, groups, sitting), as tables the generator joins.
  const prices: string[] = [];
  const shares: string[] = [];
  for (let age = 0; age <= 100; age++)
    for (const groups of GROUPS)
      for (const sitting of ["lunch", "dinner"] as const) {
        const price = priceMeal(SEED_POLICY, sitting, { age, groups: JSON.parse(groups) });
        prices.push(`(${age}, '${groups}', '${sitting}', ${price.listPriceFen}, ${price.payFen})`);
        for (const s of price.subsidies)
          shares.push(
            `(${age}, '${groups}', '${sitting}', '${funds.find((f) => f.code === s.fundCode)!.id}', '${s.ruleId}', ${s.amountFen})`,
          );
      }
  const generated = await timed(async () => {
    await db.batch([
      // A big page cache for the bulk load only (this connection goes back to the pool afterwards).
      db.run("PRAGMA cache_size = -1048576"),
      db.run(
        "CREATE TEMP TABLE bench_prices (age, groups, sitting, list_fen, pay_fen, PRIMARY KEY (age, groups, sitting))",
      ),
      db.run(`INSERT INTO bench_prices VALUES ${prices.join(", ")}`),
      db.run("CREATE TEMP TABLE bench_shares (age, groups, sitting, fund_id, rule_id, amount_fen)"),
      db.run(`INSERT INTO bench_shares VALUES ${shares.join(", ")}`),
      db.run("CREATE INDEX temp.bench_shares_key ON bench_shares (age, groups, sitting)"),
      // Residents: a tenth children, a tenth of working age, the rest 60 to 97; some low-income.
      db.run(`CREATE TEMP TABLE bench_people AS WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r WHERE n < ${RESIDENTS - 1})
        SELECT n, printf('%08x-7e51-4d00-8000-%012x', (n * 2654435761) % 4294967296, n) AS id,
          CASE n % 10 WHEN 0 THEN 6 + n % 6 WHEN 1 THEN 30 + n % 30 ELSE 60 + n % 38 END AS age,
          CASE WHEN n % 20 = 3 THEN '${GROUPS[1]}' WHEN n % 97 = 5 THEN '${GROUPS[2]}' ELSE '[]' END AS groups FROM r`),
      db.run(`INSERT INTO residents (id, community_id, name, birth_date, gender, groups, delivery_eligible, created_at)
        SELECT id, '${community.id}', '居民' || n, (2026 - age) || '-01-01', CASE n % 3 WHEN 0 THEN 'male' ELSE 'female' END, groups, 0, ${NOV_1} FROM bench_people`),
      // Order n: day n % 30, sitting (n / 30) % 2, the (n / 60)-th diner of that sitting, each once.
      db.run(`CREATE TEMP TABLE bench_orders AS WITH RECURSIVE o(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM o WHERE n < ${ORDERS - 1})
        SELECT n, n % 30 AS day, CASE (n / 30) % 2 WHEN 0 THEN 'lunch' ELSE 'dinner' END AS sitting, n / 60 + 1 AS ticket,
          (n / 60 * 7919) % ${RESIDENTS} AS person, n % 20 = 7 AS cancelled,
          printf('%08x-0b00-4000-8000-%012x', (n * 2654435761) % 4294967296, n) AS booking_id,
          printf('%08x-0d00-4000-8000-%012x', (n * 2246822519) % 4294967296, n) AS order_id FROM o`),
      db.run(`INSERT INTO bookings (id, community_id, facility_id, resource_id, holder_kind, holder_id, starts_at, ends_at, quantity, status, idempotency_key, created_at)
        SELECT b.booking_id, '${community.id}', '${community.facilityId}', CASE b.sitting WHEN 'lunch' THEN '${lunch.id}' ELSE '${dinner.id}' END, 'resident', p.id,
          ${NOV_1} + b.day * ${DAY_MS} + CASE b.sitting WHEN 'lunch' THEN 3 ELSE 9 END * 3600000, ${NOV_1} + b.day * ${DAY_MS} + CASE b.sitting WHEN 'lunch' THEN 5 ELSE 11 END * 3600000,
          1, CASE WHEN b.cancelled THEN 'cancelled' ELSE 'completed' END, 'meal:' || b.order_id, ${NOV_1} + b.day * ${DAY_MS} - 3600000
        FROM bench_orders b JOIN bench_people p ON p.n = b.person`),
      db.run(`INSERT INTO meal_orders (id, community_id, booking_id, resident_id, ordered_by_id, service_date, sitting, diner_age, diner_groups, ticket_no, policy_id, policy_version,
          list_price_fen, pay_fen, subsidised, payment, delivery, status, identified_by, created_at, updated_at)
        SELECT b.order_id, '${community.id}', b.booking_id, p.id, p.id, '${MONTH}-' || printf('%02d', b.day + 1), b.sitting, p.age, p.groups, b.ticket, '${policy!.id}', 1,
          x.list_fen, x.pay_fen, 1, CASE WHEN b.n % 3 = 0 THEN 'counter' ELSE 'meal_card' END, b.n % 9 = 0, CASE WHEN b.cancelled THEN 'cancelled' ELSE 'served' END,
          CASE b.n % 4 WHEN 0 THEN 'face' WHEN 1 THEN 'staff' ELSE 'qr' END, ${NOV_1} + b.day * ${DAY_MS} - 3600000, ${NOV_1} + b.day * ${DAY_MS}
        FROM bench_orders b JOIN bench_people p ON p.n = b.person JOIN bench_prices x ON x.age = p.age AND x.groups = p.groups AND x.sitting = b.sitting`),
      db.run(`INSERT INTO order_subsidies (order_id, fund_id, rule_id, amount_fen, month)
        SELECT b.order_id, s.fund_id, s.rule_id, s.amount_fen, '${MONTH}'
        FROM bench_orders b JOIN bench_people p ON p.n = b.person JOIN bench_shares s ON s.age = p.age AND s.groups = p.groups AND s.sitting = b.sitting`),
      // The seeds' budgets, set after the fact (the trigger checks inserts only).
      ...SEED_FUNDS.map((f) =>
        db
          .update(t.funds)
          .set({ monthlyBudgetFen: f.monthlyBudgetFen })
          .where(eq(t.funds.id, funds.find((x) => x.code === f.code)!.id)),
      ),
      db.run("DROP TABLE bench_orders"),
      db.run("PRAGMA cache_size = -2000"),
    ]);
  });
  const count = async (sql: string) => Number((await db.all<{ n: number }>(sql))[0]?.n);
  console.log(
    `generated in ${seconds(generated.ms)}: ${await count("SELECT count(*) AS n FROM meal_orders")} meal_orders (${await count("SELECT count(*) AS n FROM meal_orders WHERE status = 'cancelled'")} cancelled), ` +
      `${await count("SELECT count(*) AS n FROM order_subsidies")} order_subsidies, ${await count("SELECT count(*) AS n FROM bookings")} bookings, ${RESIDENTS} residents; ` +
      `file ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB; PRAGMA foreign_keys = ${fk?.foreign_keys} (so bookings rows are inserted for meal_orders.booking_id)`,
  );
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${availableParallelism()} cores, Node ${process.version}`,
  );

  /** Median monthlySettlement, each query's own time from one more run, evidence rows, fundUsage. */
  async function measure(label: string, withEvidence: boolean) {
    const runs: number[] = [];
    let result: Awaited<ReturnType<typeof monthlySettlement>> | undefined;
    for (let i = 0; i < RUNS; i++) {
      const run = await timed(() =>
        monthlySettlement({ db }, { communityId: community.id, month: MONTH, fundCode: FUND }),
      );
      runs.push(run.ms);
      result = run.value;
    }
    const timing = timeStatements(client);
    await monthlySettlement({ db }, { communityId: community.id, month: MONTH, fundCode: FUND });
    timing.restore();
    const evidence = withEvidence
      ? await timed(() => settlementEvidence({ db }, { communityId: community.id, month: MONTH, fundCode: FUND }))
      : null;
    const usage = await timed(() => fundUsage({ db }, { communityId: community.id, month: MONTH }));
    const med = median(runs);
    console.log(
      `\n[${label}] monthlySettlement({ db: ${FUND} }, { communityId: ${MONTH} }): median ${med.toFixed(0)} ms of ${RUNS} (${runs.map((r) => r.toFixed(0)).join(", ")}) — goal ≤ 1000 ms: ${med <= 1000 ? "met" : "MISSED"}`,
    );
    console.log(
      `  ${result!.meals} meals, ${result!.amountFen} fen, ${result!.byBracket.length} brackets, ${result!.byGroup.length} groups, ${result!.byDay.length} days`,
    );
    console.log("  each query on its own (run one after another):");
    for (const q of timing.times) console.log(`  ${q.ms.toFixed(0).padStart(7)} ms  ${q.sql}`);
    if (evidence) console.log(`  settlementEvidence: ${evidence.value.length} rows in ${evidence.ms.toFixed(0)} ms`);
    console.log(`  fundUsage({ db: month }, {}) — run by every kiosk order before pricing: ${usage.ms.toFixed(0)} ms`);
    return med;
  }

  // Against the same data, the direct sum over every live order's shares: the baseline the tally replaces.
  const fundId = funds.find((f) => f.code === FUND)!.id;
  const direct = await timed(() =>
    db.all(`SELECT o.service_date, count(*), sum(s.amount_fen) FROM order_subsidies s JOIN meal_orders o ON o.id = s.order_id
    WHERE s.fund_id = '${fundId}' AND s.month = '${MONTH}' AND o.status <> 'cancelled' GROUP BY 1`),
  );
  const settled = await measure("from the claim tally", true);
  console.log(
    `\nbaseline, one GROUP BY over all live orders' shares: ${direct.ms.toFixed(0)} ms; monthlySettlement ${settled.toFixed(0)} ms (ratio ${(settled / direct.ms).toFixed(3)}×, goal ≤ 1000 ms)`,
  );
} finally {
  client.close();
  rmSync(dir, { recursive: true, force: true });
}
