import { eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared";
import { configVersions } from "../../db/schema";
import type { Deps } from "./context";

/**
 * Configuration held in memory per community (per process on Node, per isolate on Workers), each
 * entry with the community's config version it was read at. Triggers bump the version in the same
 * transaction as any change to what is cached (db/migrations, "config_version_triggers").
 * A reader that shows things asks the version first (one row) and reloads when it moved; a write
 * may trust the cache without asking, if it carries `versionGuard` in its batch: stale, the batch
 * writes nothing, the caller forgets the community and tries again on fresh data.
 */
export type ConfigCache = Map<string, { version: number; value: unknown }>;

const LIMIT = 2_000;

export const createConfigCache = (): ConfigCache => new Map();

const versionOf = prepared((db) =>
  db
    .select({ version: configVersions.version })
    .from(configVersions)
    .where(eq(configVersions.communityId, sql.placeholder("communityId"))),
);

export async function configVersion({ db }: Pick<Deps, "db">, communityId: string) {
  const [row] = await versionOf.of(db).all({ communityId });
  return row?.version ?? 0;
}

/** The cached value of `key` for the community, loading it when missing or (unless trusted) stale. */
export async function cachedConfig<T>(
  deps: Pick<Deps, "db" | "configCache">,
  communityId: string,
  key: string,
  trust: boolean,
  load: () => Promise<T>,
): Promise<{ value: T; version: number }> {
  const cache = deps.configCache;
  const id = `${communityId}\u0000${key}`;
  const entry = cache?.get(id) as { version: number; value: T } | undefined;
  if (entry && trust) return entry;
  const version = await configVersion(deps, communityId);
  if (entry && entry.version === version) return entry;
  // Read after the version: data newer than the version it is filed under only makes a guard fail.
  const fresh = { version, value: await load() };
  if (cache) {
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(id, fresh);
  }
  return fresh;
}

/** Whether anything cached for the community is older than its version now (one read). */
export async function isStale(deps: Pick<Deps, "db" | "configCache">, communityId: string) {
  const versions = [...(deps.configCache?.entries() ?? [])]
    .filter(([id]) => id.startsWith(`${communityId}\u0000`))
    .map(([, entry]) => entry.version);
  return versions.length > 0 && Math.min(...versions) !== (await configVersion(deps, communityId));
}

/** Drops everything cached for a community (a guard found it stale). */
export function forgetConfig(deps: Pick<Deps, "configCache">, communityId: string) {
  for (const id of deps.configCache?.keys() ?? [])
    if (id.startsWith(`${communityId}\u0000`)) deps.configCache!.delete(id);
}

/** The batch condition: the community's configuration is still at `version`. */
export const versionGuard = (communityId: string, version: number) =>
  sql`coalesce((SELECT v.version FROM config_versions v WHERE v.community_id = ${communityId}), 0) = ${version}`;
