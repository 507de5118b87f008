import type { Deps } from "../shared/context";
import { and, desc, eq } from "drizzle-orm";
import { identifications } from "../../db/schema";

/** How a person was last identified at a kiosk (method and face distance): evidence an order records. */
export async function lastIdentification(
  { db }: Pick<Deps, "db">,
  { kioskId, holderId }: { kioskId: string; holderId: string },
) {
  const [row] = await db
    .select({ method: identifications.method, distance: identifications.distance })
    .from(identifications)
    .where(
      and(
        eq(identifications.kioskId, kioskId),
        eq(identifications.holderId, holderId),
        eq(identifications.outcome, "accepted"),
      ),
    )
    .orderBy(desc(identifications.at))
    .limit(1);
  return { identifiedBy: row?.method ?? "staff", identifyDistance: row?.distance ?? null };
}
