import { and, eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Deps } from "./context";
import { notFound } from "./errors";

type CommunityTable = SQLiteTable & { id: SQLiteColumn; communityId: SQLiteColumn };

/**
 * One of a community's rows by its id, or NOT_FOUND naming what was asked for: a row of another
 * community is not found either, so staff of one community never reach another's rows by id.
 */
export async function findInCommunity<T extends CommunityTable>(
  { db }: Pick<Deps, "db">,
  table: T,
  { id, communityId }: { id: string; communityId: string },
  what: string,
): Promise<T["$inferSelect"]> {
  const [row] = await db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.communityId, communityId)))
    .limit(1);
  if (!row) throw notFound(what);
  return row as T["$inferSelect"];
}
