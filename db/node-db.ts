import { createDb, dbOverClient, type Db } from "./client";
import { createNativeClient } from "./native-client";

/**
 * The database on Node: a local file through the native driver (one writer connection with its
 * settings, prepared statements), anything remote (Turso) through @libsql/client. Kept apart from
 * db/client.ts so the Worker's bundle never pulls in the native module.
 */
export function createNodeDb(
  config: { url: string; authToken?: string },
  options?: Parameters<typeof createNativeClient>[1],
): Db {
  const file = localFile(config.url);
  return file ? dbOverClient(createNativeClient(file, options)) : createDb(config);
}

/** `file:data/linli.db`, `file:/abs/x.db` or `file:///abs/x.db` → the path; null for anything remote. */
function localFile(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const rest = url.slice("file:".length).split("?")[0]!;
  return rest.startsWith("//") ? rest.slice(2) : rest;
}
