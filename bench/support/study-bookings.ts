import { sql } from "drizzle-orm";
import { randomToken, sha256 } from "../../api/shared/crypto";
import { zonedInstant } from "../../api/shared/time";
import type { Db } from "../../db/client";
import * as t from "../../db/schema";
import { makeStudyRoom } from "../../tests/support/factories";

export type SeatHour = { seatId: string; startsAt: Date; endsAt: Date };

/** Distinct one-hour seat bookings 08:00–22:00 on `dates`, hour by hour across the seats, so neighbouring requests never share a seat and hour. */
export function seatHours(seatIds: string[], dates: string[], timeZone: string, count: number): SeatHour[] {
  const out: SeatHour[] = [];
  const time = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
  for (const date of dates)
    for (let h = 8; h < 22; h++)
      for (const seatId of seatIds) {
        out.push({
          seatId,
          startsAt: zonedInstant(date, time(h), timeZone),
          endsAt: zonedInstant(date, time(h + 1), timeZone),
        });
      }
  if (out.length < count) throw new Error(`only ${out.length} distinct seat-hours for ${count} bookings: add seats`);
  return out.slice(0, count);
}

/** A study room with the default rules and `seats` seats laid out ten to a row (the factory's single row stops at the map's 50 columns). */
export async function makeBigRoom(db: Db, communityId: string, seats: number) {
  const room = await makeStudyRoom(db, communityId, seats);
  await db.run(sql`UPDATE resources SET attributes = json_set(attributes, '$.row', (CAST(substr(label, 2) AS INTEGER) - 1) / 10,
    '$.col', (CAST(substr(label, 2) AS INTEGER) - 1) % 10) WHERE facility_id = ${room.facilityId}`);
  return room;
}

/** Young residents with a live kiosk session each, opened at `now`; returns the session tokens. */
export async function makeStudents(db: Db, communityId: string, kioskId: string, count: number, now: Date) {
  const people = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    communityId,
    name: `学生${i}`,
    birthDate: `200${i % 8}-0${1 + (i % 9)}-1${i % 10}`,
    gender: "female" as const,
    createdAt: now,
  }));
  const tokens = people.map(() => randomToken(32));
  const hashes = await Promise.all(tokens.map(sha256));
  for (let i = 0; i < count; i += 500) {
    await db.batch([
      db.insert(t.residents).values(people.slice(i, i + 500)),
      db.insert(t.kioskSessions).values(
        people.slice(i, i + 500).map((p, j) => ({
          tokenHash: hashes[i + j]!,
          kioskId,
          communityId,
          holderKind: "resident" as const,
          holderId: p.id,
          method: "qr" as const,
          startedAt: now,
          lastActivityAt: now,
        })),
      ),
    ]);
  }
  return tokens;
}
