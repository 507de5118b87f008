// Door scans to relay calls through the full HTTP stack: the real app on @hono/node-server on a
// loopback port with a libSQL file, 20 door kiosks scanning passes at once, each scan taking a place
// with the occupancy INSERT … SELECT and sending a signed command over HTTP to the door-controller
// simulator (scripts/door-controller.ts) on its own port, which verifies it. Reported: p50/p99 of a
// scan answered "opened", and in the same run on the same database the raw rate of the entry
// statement alone. The load generator runs in a child process (bench/support/http-load.ts).
//   npx tsx bench/station-door.ts        (DOORS=20 SCANS_PER_DOOR=50 by default)
import { serve } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../api/app";
import { parseConfig } from "../api/env";
import { PASS_PREFIX } from "../api/identity/issue-passes";
import { systemClock } from "../api/shared/clock";
import { randomToken, sha256 } from "../api/shared/crypto";
import { sealDoorSecret } from "../api/station/door-relay";
import { createNodeDb } from "../db/node-db";
import { migrateDb } from "../db/migrate";
import * as t from "../db/schema";
import { startDoorController } from "../scripts/door-controller";
import { makeCommunity } from "../tests/support/factories";
import { fire, type LoadRequest, percentile } from "./support/http-load";

const DOORS = Number(process.env.DOORS ?? 20);
// Under the door's limit of 60 tries a minute per kiosk.
const SCANS_PER_DOOR = Number(process.env.SCANS_PER_DOOR ?? 50);
const RAW = 5000;
const DEADLINE_MS = 60_000;

const dir = mkdtempSync(join(tmpdir(), "linli-bench-station-"));
const db = createNodeDb({ url: `file:${join(dir, "bench.db")}` });
await db.run(sql`PRAGMA journal_mode = WAL`);
await migrateDb(db);
const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });
const now = systemClock.now();
const community = await makeCommunity(db);
const id = () => crypto.randomUUID();
const stationId = id();
await db.insert(t.facilities).values({
  id: stationId,
  communityId: community.id,
  kind: "station",
  name: "骑手驿站",
  capacity: 1_000_000,
  createdAt: now,
});

// One door (and kiosk) per concurrent connection, all on one controller.
const doors = Array.from({ length: DOORS }, (_, i) => ({
  id: `door-${i}`,
  secret: randomToken(24),
  token: randomToken(),
}));
const controller = await startDoorController({ doors: Object.fromEntries(doors.map((d) => [d.id, d.secret])) });
// Each door and its kiosk, at the station.
const atStation = (name: string) => ({
  id: name,
  communityId: community.id,
  facilityId: stationId,
  name,
  createdAt: now,
});
const rows = await Promise.all(
  doors.map(async (d) => ({
    door: {
      ...atStation(d.id),
      webhookUrl: controller.url,
      secretCiphertext: await sealDoorSecret(config, d.secret),
      updatedAt: now,
    },
    kiosk: {
      ...atStation(d.id),
      id: id(),
      tokenHash: await sha256(d.token),
      pairedAt: now,
      doorId: d.id,
      doorDirection: "entry" as const,
    },
  })),
);
await db.insert(t.stationDoors).values(rows.map((r) => r.door));
await db.insert(t.kiosks).values(rows.map((r) => r.kiosk));

// Riders with printed passes, each scanning once at one of the doors.
const riders = Array.from({ length: DOORS * SCANS_PER_DOOR + 100 }, (_, i) => ({
  id: id(),
  communityId: community.id,
  name: `骑手${i}`,
  phone: "13900000000",
  platform: "meituan" as const,
  gender: "male" as const,
  verifiedAt: now,
  createdAt: now,
  code: `${PASS_PREFIX}.${randomToken(24)}`,
}));
for (let i = 0; i < riders.length; i += 200) {
  const slice = riders.slice(i, i + 200);
  await db.batch([
    db.insert(t.couriers).values(slice.map(({ code: _, ...r }) => r)),
    db.insert(t.passes).values(
      await Promise.all(
        slice.map(async (r) => ({
          id: id(),
          communityId: community.id,
          holderKind: "courier" as const,
          holderId: r.id,
          secretHash: await sha256(r.code),
          issuedAt: now,
        })),
      ),
    ),
  ]);
}

const app = createApp(() => ({ db, clock: systemClock, config }));
const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
if (!listening.listening) await once(listening, "listening");
const { port } = listening.address() as AddressInfo;

const scans: LoadRequest[] = riders.slice(100).map((r, i) => ({
  path: "/api/kiosk/station/door",
  headers: { authorization: `Bearer ${doors[i % DOORS]!.token}` },
  body: { code: r.code },
}));
const warm = riders.slice(0, 100).map((r, i) => ({
  path: "/api/kiosk/station/door",
  headers: { authorization: `Bearer ${doors[i % DOORS]!.token}` },
  body: { code: r.code },
}));
await fire(port, warm.slice(0, 20), 4, DEADLINE_MS);
const load = await fire(port, scans, DOORS, DEADLINE_MS);
const opened = controller.opened().length;

// The raw entry statement alone: the same INSERT … SELECT against capacity, DOORS awaits at a time.
const rawRiders = riders.slice(0, Math.min(RAW, riders.length));
let next = 0;
const rawStarted = performance.now();
await Promise.all(
  Array.from({ length: DOORS }, async () => {
    while (next < rawRiders.length) {
      const r = rawRiders[next++]!;
      await db.run(sql`
        INSERT INTO station_visits (id, community_id, facility_id, zone, courier_id, door_id, entered_at, entry_method)
        SELECT ${id()}, ${community.id}, ${stationId}, 'raw', ${r.id}, ${doors[0]!.id}, ${Date.now()}, 'qr'
        WHERE (SELECT count(*) FROM station_visits WHERE facility_id = ${stationId} AND zone = 'raw' AND exited_at IS NULL)
          < (SELECT capacity FROM facilities WHERE id = ${stationId})
        ON CONFLICT DO NOTHING`);
    }
  }),
);
const rawSeconds = (performance.now() - rawStarted) / 1000;

const seconds = load.elapsed / 1000;
console.log(`machine: ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`);
console.log(`door scans through HTTP at ${DOORS} concurrent doors: ${load.ms.length} in ${seconds.toFixed(1)} s`);
console.log(`  statuses ${JSON.stringify(load.statuses)}${load.samples.length ? ` e.g. ${load.samples[0]}` : ""}`);
console.log(
  `  ${(load.ms.length / seconds).toFixed(0)} scans/s, p50 ${percentile(load.ms, 0.5).toFixed(1)} ms, p99 ${percentile(load.ms, 0.99).toFixed(1)} ms (scan → signed relay call → answer)`,
);
console.log(`  the controller verified and opened ${opened} commands`);
console.log(
  `raw entry statement, ${DOORS} awaits at a time: ${(rawRiders.length / rawSeconds).toFixed(0)} statements/s`,
);

listening.close();
await controller.stop();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
