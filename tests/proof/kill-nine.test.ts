import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ledgerProblems } from "./support/ledger-checks";
import { deskEntry, demoDesk, startNodeServer } from "./support/node-server";

// kill -9 under load against the real Node server process: desk top-ups and corrections from
// eight concurrent clients, the process killed without warning once enough are acknowledged,
// then the file is checked (integrity, ledgers, audit lines, every acknowledged entry kept) and
// the next round starts a new server on the same file. Each round's load ends at the kill.
const ROUNDS = Number(process.env.PROOF_KILL_ROUNDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), "linli-kill-"));
const dbFile = join(dir, "linli.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kill -9 under load", () => {
  it(`keeps the database whole and every acknowledged ledger entry over ${ROUNDS} crashes`, async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startNodeServer(dbFile);
      const desk = await demoDesk(server.baseUrl);
      expect(desk.residentIds.length).toBeGreaterThan(0);
      let acksThisRound = 0;
      let killed = false;
      const killAfter = 10 + round * 3;
      const client = async (n: number) => {
        for (let i = 0; !killed; i++) {
          const key = `kill-${round}-${n}-${i}-${crypto.randomUUID().slice(0, 8)}`;
          const resident = desk.residentIds[(n + i) % desk.residentIds.length]!;
          // Mostly top-ups; some corrections that would overdraw and must be refused whole.
          const amount = i % 5 === 4 ? -100_000 : 100 + ((n * 7 + i) % 50);
          const status = await deskEntry(server.baseUrl, desk, resident, amount, key).catch(() => 0);
          if (status === 200) {
            acknowledged.push(key);
            if (++acksThisRound >= killAfter && !killed) {
              killed = true;
              server.child.kill("SIGKILL");
            }
          } else if (status !== 409 && status !== 0) {
            throw new Error(`unexpected ${status} in round ${round}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
      await server.exited;
      expect(server.child.signalCode).toBe("SIGKILL");
      expect(await ledgerProblems(dbFile, acknowledged), `round ${round}`).toEqual([]);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS * 10);
  }, 600_000);
});
