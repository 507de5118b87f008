import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNativeClient } from "../../db/native-client";

// The server's writer thread (db/native-writer.ts) takes the batches of one event-loop turn in one
// message. A batch it cannot be sent must fail alone, as a rejected promise, never as an exception
// that would stop the server, and the batches sent with it must still land.
let dir: string;
let client: Client;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "linli-writer-"));
  client = createNativeClient(join(dir, "writer.db"), { writer: "thread" });
  await client.batch([{ sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", args: [] }]);
});
afterAll(() => {
  client.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (body: unknown) =>
  client.batch([{ sql: "INSERT INTO notes (body) VALUES (?)", args: [body as string] }]);

describe("the writer thread", () => {
  it("fails only the batch it cannot send, and commits the others of the same turn", async () => {
    const results = await Promise.allSettled([insert("before"), insert(Symbol("not for a thread")), insert("after")]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ name: "DataCloneError" });
    const { rows } = await client.execute("SELECT body FROM notes ORDER BY id");
    expect(rows.map((r) => r.body)).toEqual(["before", "after"]);
    await insert("later");
    expect((await client.execute("SELECT count(*) AS n FROM notes")).rows[0]!.n).toBe(3);
  });
});
