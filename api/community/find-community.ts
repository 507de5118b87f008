import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { communities } from "../../db/schema";

export async function findCommunity(db: Db, id: string) {
  const [row] = await db.select().from(communities).where(eq(communities.id, id)).limit(1);
  return row ?? null;
}
