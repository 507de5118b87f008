import type { Client } from "@libsql/client";

/**
 * Wraps the libSQL client so statements run one after another (a verb's Promise.all would
 * otherwise charge each query for its siblings) and each SQL text, or batch, adds up its own time.
 */
export function timeStatements(client: Client) {
  const table = new Map<string, { n: number; ms: number }>();
  const label = (s: unknown) =>
    String(typeof s === "string" ? s : (s as { sql: string }).sql)
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 110);
  const { execute, batch } = client;
  let queue: Promise<unknown> = Promise.resolve();
  const timed = <T>(key: string, run: () => Promise<T>) => {
    const next = queue.then(async () => {
      const started = performance.now();
      try {
        return await run();
      } finally {
        const row = table.get(key) ?? { n: 0, ms: 0 };
        table.set(key, { n: row.n + 1, ms: row.ms + performance.now() - started });
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  client.execute = ((stmt: unknown, args?: unknown) =>
    timed(label(stmt), () => execute.call(client, stmt as never, args as never))) as Client["execute"];
  client.batch = ((stmts: unknown[], mode?: unknown) =>
    timed(`batch of ${stmts.length}: ${stmts.map((s) => label(s).slice(0, 24)).join(" + ")}`, () =>
      batch.call(client, stmts as never, mode as never),
    )) as Client["batch"];
  return { table, restore: () => Object.assign(client, { execute, batch }) };
}
