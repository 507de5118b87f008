import { eq, sql, type AnyColumn } from "drizzle-orm";
import { prepared } from "../../db/prepared";
import { configVersions } from "../../db/schema";
import type { ConfigCache } from "../shared/config-cache";
import type { Deps } from "../shared/context";

/**
 * Kiosk and kiosk-session lookups held in memory beside the configuration cache (per process on
 * Node, per isolate on Workers), keyed by the credential itself: a hit costs neither a hash nor the
 * row, only the community's access version (one small row). Revoking, pairing or changing a kiosk
 * and ending a session bump that version in their own transaction (db/migrations,
 * "access_version_triggers"), so the very next call anywhere reads the row again and is refused.
 * A row is read together with the version in one statement, so it is never filed under a version
 * newer than itself.
 */
type Entry = { version: number; communityId: string; value: unknown };
type AccessCache = Map<string, Entry>;

const LIMIT = 5_000;
const accessOf = prepared((db) =>
  db
    .select({ access: configVersions.access })
    .from(configVersions)
    .where(eq(configVersions.communityId, sql.placeholder("communityId"))),
);
const caches = new WeakMap<ConfigCache, AccessCache>();

function cacheOf(deps: Pick<Deps, "configCache">): AccessCache | undefined {
  if (!deps.configCache) return undefined;
  let cache = caches.get(deps.configCache);
  if (!cache) caches.set(deps.configCache, (cache = new Map()));
  return cache;
}

/** A column to select with a kiosk or session row: its community's access version, read in the same statement. */
export const accessVersionOf = (communityId: AnyColumn) =>
  sql<number>`coalesce((SELECT v.access FROM config_versions v WHERE v.community_id = ${communityId}), 0)`.mapWith(
    Number,
  );

/**
 * The value cached under `id` while its community's access version has not moved, else `load`'s
 * (a row read with `accessVersionOf`, or nothing). A cached value `usable` refuses is read again.
 */
export async function cachedAccess<T extends { communityId: string; access: number }>(
  deps: Pick<Deps, "db" | "configCache">,
  id: string,
  load: () => Promise<T | undefined>,
  usable: (value: T) => boolean,
): Promise<T | undefined> {
  const cache = cacheOf(deps);
  const entry = cache?.get(id);
  if (entry && usable(entry.value as T)) {
    const [row] = await accessOf.of(deps.db).all({ communityId: entry.communityId });
    if ((row?.access ?? 0) === entry.version) return entry.value as T;
  }
  const value = await load();
  if (!cache) return value;
  if (!value) {
    cache.delete(id);
    return value;
  }
  cache.delete(id);
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(id, { version: value.access, communityId: value.communityId, value });
  return value;
}
