import { and, desc, eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared";
import { identifications } from "../../db/schema";
import type { Deps } from "../shared/context";

const lastAccepted = prepared((db) =>
  db
    .select({ method: identifications.method, distance: identifications.distance })
    .from(identifications)
    .where(
      and(
        eq(identifications.kioskId, sql.placeholder("kioskId")),
        eq(identifications.holderId, sql.placeholder("holderId")),
        eq(identifications.outcome, "accepted"),
      ),
    )
    .orderBy(desc(identifications.at))
    .limit(1),
);

/** How a person was last identified at a kiosk (method and face distance): evidence an order records. */
export async function lastIdentification(
  { db }: Pick<Deps, "db">,
  { kioskId, holderId }: { kioskId: string; holderId: string },
) {
  const [row] = await lastAccepted.of(db).all({ kioskId, holderId });
  return { identifiedBy: row?.method ?? "staff", identifyDistance: row?.distance ?? null };
}
