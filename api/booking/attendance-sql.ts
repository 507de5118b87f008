import { sql } from "drizzle-orm";

// The attendance rules (attendance-rules.ts) as SQL over a row of `bookings`, for the statements
// that must decide inside the database: the duties and a late return. tests/api/attendance-sql.test.ts
// evaluates both versions over one table of bookings, so they cannot drift apart.

const policyMs = (column: "grace_minutes" | "away_minutes") =>
  sql`((SELECT ${sql.raw(column)} FROM booking_policies p WHERE p.facility_id = bookings.facility_id) * 60000)`;

/** noShowAt: the grace period from the start (or from booking, if later), or the end for a shorter booking. */
export const noShowAtSql = sql`min(max(bookings.starts_at, bookings.created_at) + ${policyMs("grace_minutes")}, bookings.ends_at)`;

/** awayEndsAt: stepped out (暂离) this long ago and not back, the place is given back. */
export const awayEndsAtSql = sql`(bookings.away_since + ${policyMs("away_minutes")})`;
