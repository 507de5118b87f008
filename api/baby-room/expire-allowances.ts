import { eq, sql } from "drizzle-orm";
import { babyRoomPolicies, communities } from "../../db/schema";
import type { Deps } from "../shared/context";
import { localDate } from "../shared/time";
import { periodOf } from "./rules";
import { newId } from "../shared/crypto";

type Open = { child_id: string; period: string; community_id: string; facility_id: string };

/**
 * At a period's end what is left of each child's free sessions expires, and up to the policy's
 * rollover starts the next period. Each is one keyed entry per child and period, computed from the
 * ledger inside the statement (the rollover first, then the expiry that brings the old period to
 * zero, in one batch), so a second run, or Node and Workers running at once, writes nothing more.
 */
export async function expireAllowances(deps: Pick<Deps, "db" | "clock">) {
  const { db, clock } = deps;
  const now = clock.now();
  const rooms = await db
    .select({ policy: babyRoomPolicies, timeZone: communities.timeZone })
    .from(babyRoomPolicies)
    .innerJoin(communities, eq(communities.id, babyRoomPolicies.communityId));
  let expired = 0;
  for (const { policy, timeZone } of rooms) {
    const current = periodOf(localDate(now, timeZone), policy.periodMonths).start;
    const open = await db.all<Open>(sql`
      SELECT child_id, period, community_id, facility_id FROM allowance_entries
      WHERE facility_id = ${policy.facilityId} AND period < ${current}
      GROUP BY child_id, period HAVING sum(amount) > 0`);
    for (const o of open) {
      const next = periodOf(o.period, policy.periodMonths).end;
      const ts = now.getTime();
      const balance = sql`(SELECT coalesce(sum(amount), 0) FROM allowance_entries WHERE child_id = ${o.child_id} AND period = ${o.period})`;
      await db.batch([
        db.run(sql`
          INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, reason, idempotency_key, created_at)
          SELECT ${newId()}, ${o.community_id}, ${o.facility_id}, ${o.child_id}, ${next}, 'rollover', min(${balance}, ${policy.rolloverMax}),
            ${`from ${o.period}`}, ${`rollover:${o.child_id}:${o.period}`}, ${ts}
          WHERE min(${balance}, ${policy.rolloverMax}) > 0
          ON CONFLICT DO NOTHING`),
        db.run(sql`
          INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, idempotency_key, created_at)
          SELECT ${newId()}, ${o.community_id}, ${o.facility_id}, ${o.child_id}, ${o.period}, 'expire', -${balance},
            ${`expire:${o.child_id}:${o.period}`}, ${ts}
          WHERE ${balance} > 0
          ON CONFLICT DO NOTHING`),
      ]);
      expired += 1;
    }
  }
  return { expired };
}
