import { sql } from "drizzle-orm";
import { createDb } from "../../../db/client";

/**
 * What must hold in a database file however the server stopped: SQLite's own integrity and
 * foreign keys, every card balance (Σ of its ledger) at or above zero, every desk entry with its
 * audit line (they are one batch), every cancelled card order refunded once and no live one, and
 * every acknowledged desk request stored with its entry. Returns the problems found.
 */
export async function ledgerProblems(dbFile: string, acknowledgedKeys: string[] = []) {
  const db = createDb({ url: `file:${dbFile}` });
  const problems: string[] = [];
  const [integrity] = await db.all<{ integrity_check: string }>(sql`PRAGMA integrity_check`);
  if (integrity?.integrity_check !== "ok") problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
  const fk = await db.all(sql`PRAGMA foreign_key_check`);
  if (fk.length) problems.push(`foreign keys: ${JSON.stringify(fk.slice(0, 3))}`);
  const negative = await db.all<{ resident_id: string; balance: number }>(sql`
    SELECT resident_id, sum(amount_fen) AS balance FROM meal_card_entries GROUP BY resident_id HAVING sum(amount_fen) < 0`);
  if (negative.length) problems.push(`negative balances: ${JSON.stringify(negative)}`);
  const unaudited = await db.all<{ resident_id: string; entries: number; audits: number }>(sql`
    SELECT e.resident_id, count(*) AS entries,
      (SELECT count(*) FROM audit_log a WHERE a.entity_id = e.resident_id AND a.action LIKE 'meal_card.%') AS audits
    FROM meal_card_entries e WHERE e.recorded_by IS NOT NULL GROUP BY e.resident_id HAVING entries <> audits`);
  if (unaudited.length) problems.push(`desk entries without their audit line: ${JSON.stringify(unaudited)}`);
  const refunds = await db.all<{ id: string; status: string; refunds: number }>(sql`
    SELECT o.id, o.status, (SELECT count(*) FROM meal_card_entries e WHERE e.order_id = o.id AND e.kind = 'refund') AS refunds
    FROM meal_orders o WHERE o.payment = 'meal_card' AND o.pay_fen > 0
      AND (SELECT count(*) FROM meal_card_entries e WHERE e.order_id = o.id AND e.kind = 'refund') <> (o.status = 'cancelled')`);
  if (refunds.length) problems.push(`orders refunded wrongly: ${JSON.stringify(refunds)}`);
  for (const key of acknowledgedKeys) {
    const [row] = await db.all<{ n: number }>(sql`
      SELECT count(*) AS n FROM idempotency_keys k JOIN meal_card_entries e ON e.idempotency_key = 'desk:' || k.id
      WHERE k.key = ${key} AND k.response IS NOT NULL`);
    if (Number(row?.n) !== 1) problems.push(`acknowledged desk entry ${key} lost`);
  }
  (db as unknown as { $client: { close(): void } }).$client.close();
  return problems;
}
