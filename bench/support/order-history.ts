// Past orders for the order benches, generated inside SQLite (a recursive CTE, one transaction on a
// connection of its own with syncs off: setup, not measured) so a million take seconds, not hours.
// Each past order is what the kiosk leaves behind: a booking of the lunch sitting on a past day, the
// order, its fund share (through the tally trigger) and, for two in three, the card payment (after a
// top-up that covers them). 2,000 orders a day, each diner once a day, going back from `before`.
import Database from "libsql";

const PER_DAY = 2_000;
const DAY_MS = 86_400_000;

export type History = {
  path: string;
  count: number;
  communityId: string;
  facilityId: string;
  sittingId: string;
  policy: { id: string; version: number };
  fundId: string;
  residents: string[];
  /** Lunch start and end on the first benched day; history goes back day by day from there. */
  lunch: { startsAt: Date; endsAt: Date };
  before: string;
};

export function seedOrderHistory(h: History) {
  if (h.count === 0) return;
  if (h.residents.length <= PER_DAY) throw new Error(`need more than ${PER_DAY} residents`);
  const db = new Database(h.path);
  db.exec("PRAGMA synchronous = OFF");
  db.exec("PRAGMA cache_size = -1048576");
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  db.exec("BEGIN");
  db.exec("CREATE TEMP TABLE hist_people (n INTEGER PRIMARY KEY, id TEXT NOT NULL)");
  const person = db.prepare("INSERT INTO hist_people VALUES (?, ?)");
  h.residents.forEach((id, n) => person.run([n, id]));
  const t0 = h.lunch.startsAt.getTime();
  const t1 = h.lunch.endsAt.getTime();
  db.exec(`CREATE TEMP TABLE hist AS WITH RECURSIVE o(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM o WHERE n < ${h.count - 1})
    SELECT o.n AS n, o.n / ${PER_DAY} + 1 AS back, o.n % ${PER_DAY} + 1 AS ticket, p.id AS resident, o.n % 3 <> 2 AS card,
      printf('hb-%09d', o.n) AS booking_id, printf('ho-%09d', o.n) AS order_id
    FROM o JOIN hist_people p ON p.n = o.n % ${h.residents.length}`);
  db.exec(`INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, idempotency_key, created_at)
    SELECT 'ht-' || n, ${q(h.communityId)}, id, 1000000000, 'top_up', 'cash', 'hist-top-up:' || n, ${t0 - 1000 * DAY_MS} FROM hist_people`);
  db.exec(`INSERT INTO bookings (id, community_id, facility_id, resource_id, holder_kind, holder_id, starts_at, ends_at, quantity, status, idempotency_key, created_at)
    SELECT booking_id, ${q(h.communityId)}, ${q(h.facilityId)}, ${q(h.sittingId)}, 'resident', resident,
      ${t0} - back * ${DAY_MS}, ${t1} - back * ${DAY_MS}, 1, 'completed', 'meal:hist-' || n, ${t0} - back * ${DAY_MS} - 7200000 FROM hist`);
  db.exec(`INSERT INTO meal_orders (id, community_id, booking_id, resident_id, ordered_by_id, service_date, sitting, diner_age, diner_groups, ticket_no,
      policy_id, policy_version, list_price_fen, pay_fen, subsidised, payment, delivery, status, identified_by, created_at, updated_at)
    SELECT order_id, ${q(h.communityId)}, booking_id, resident, resident, date(${q(h.before)}, '-' || back || ' days'), 'lunch', 80, '[]', ticket,
      ${q(h.policy.id)}, ${h.policy.version}, 1500, 500, 1, CASE WHEN card THEN 'meal_card' ELSE 'counter' END, 0, 'served', 'qr',
      ${t0} - back * ${DAY_MS} - 7200000, ${t0} - back * ${DAY_MS} FROM hist`);
  db.exec(`INSERT INTO order_subsidies (order_id, fund_id, rule_id, amount_fen, month)
    SELECT order_id, ${q(h.fundId)}, 'elderly_80', 1000, substr(date(${q(h.before)}, '-' || back || ' days'), 1, 7) FROM hist`);
  db.exec(`INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, order_id, idempotency_key, created_at)
    SELECT 'hp-' || n, ${q(h.communityId)}, resident, -500, 'payment', 'meal_card', order_id, 'pay:' || order_id, ${t0} - back * ${DAY_MS} - 7200000
    FROM hist WHERE card`);
  db.exec("DROP TABLE hist");
  db.exec("DROP TABLE hist_people");
  db.exec("COMMIT");
  db.close();
}
