import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupTo } from "../../db/backup";
import { createDb } from "../../db/client";
import { ledgerProblems } from "./support/ledger-checks";
import { deskEntry, demoDesk, startNodeServer } from "./support/node-server";

// The backup drill: a VACUUM INTO copy taken from a second connection while the real server is
// under load, checked like a crashed file (integrity, ledgers, every entry acknowledged before
// the backup began), then restored: a new server on the copy answers each card's balance as the
// sum of its ledger.
const dir = mkdtempSync(join(tmpdir(), "linli-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("restores a backup taken under load with whole ledgers and a server that serves them", async () => {
    const live = join(dir, "live.db");
    const server = await startNodeServer(live);
    const desk = await demoDesk(server.baseUrl);
    const beforeBackup: string[] = [];
    let backupStarted = false;
    let stop = false;
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const key = `backup-${n}-${i}-${crypto.randomUUID().slice(0, 8)}`;
        const status = await deskEntry(
          server.baseUrl,
          desk,
          desk.residentIds[(n + i) % desk.residentIds.length]!,
          150,
          key,
        );
        // Acknowledged before the backup began: committed, so the snapshot must hold it.
        if (status === 200 && !backupStarted) beforeBackup.push(key);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, n) => client(n)));
    while (beforeBackup.length < 30) await new Promise((r) => setImmediate(r));
    const backup = join(dir, "backup.db");
    backupStarted = true;
    await backupTo(createDb({ url: `file:${live}` }), backup);
    stop = true;
    await load;
    server.child.kill("SIGKILL");
    await server.exited;

    expect(await ledgerProblems(backup, beforeBackup)).toEqual([]);
    const restoredFile = join(dir, "restored.db");
    copyFileSync(backup, restoredFile);
    const restored = await startNodeServer(restoredFile);
    try {
      const again = await demoDesk(restored.baseUrl);
      const db = createDb({ url: `file:${restoredFile}` });
      for (const residentId of again.residentIds) {
        const card = await fetch(`${restored.baseUrl}/api/communities/${again.communityId}/meal-cards/${residentId}`, {
          headers: { cookie: again.cookie },
        }).then((r) => r.json() as Promise<{ balanceFen: number }>);
        const [row] = await db.all<{ total: number }>(
          sql`SELECT coalesce(sum(amount_fen), 0) AS total FROM meal_card_entries WHERE resident_id = ${residentId}`,
        );
        expect(card.balanceFen).toBe(Number(row?.total));
      }
    } finally {
      restored.child.kill("SIGKILL");
      await restored.exited;
    }
  }, 300_000);
});
