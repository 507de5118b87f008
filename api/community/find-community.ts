import type { Deps } from "../shared/context";
import { eq } from "drizzle-orm";
import { communities } from "../../db/schema";

export async function findCommunity({ db }: Pick<Deps, "db">, { id }: { id: string }) {
  const [row] = await db.select().from(communities).where(eq(communities.id, id)).limit(1);
  return row ?? null;
}
