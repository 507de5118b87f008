import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { pickupCodeHash } from "../../api/baby-room/check-out-child";
import { idempotencyKeys, pickupCodes } from "../../db/schema";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import type { Community } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

// 2026-11-24, a Tuesday, 08:30 in Shanghai; today's childcare session runs 09:00–12:00.
const MORNING = "2026-11-24T00:30:00Z";
const NINE = "2026-11-24T01:00:00Z";
const TOMORROW = "2026-11-25T02:00:00Z";
let t: TestApp;
let room: BabyRoom;
let community: Community;
beforeAll(async () => ({ t, community, room } = await babyRoomScene(MORNING)));
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

const checked = (statuses: number[]) => statuses.filter((s) => s !== 429).length;

describe("pickup codes cannot be guessed", () => {
  it("checks at most five of 30 guesses sent at once, then makes even the right code wait", async () => {
    const family = await room.childInRoom(await room.newSession("childcare", NINE, 2));
    const made = await room.pickupCode(family.headers, family.child.id, "王阿姨");
    const code = made.json.code as string;
    const kiosk = { authorization: `Bearer ${room.kiosk.token}` };
    const pickup = (c: string) => call(t, "POST", "/api/kiosk/baby-room/pickup", { headers: kiosk, body: { code: c } });
    const guesses = Array.from({ length: 30 }, (_, i) => String((Number(code) + i + 1) % 100_000_000).padStart(8, "0"));
    const answers = await Promise.all(guesses.map(pickup));
    expect(checked(answers.map((a) => a.status))).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status !== 429).every((a) => a.json.error.code === "CODE_UNKNOWN")).toBe(true);

    const right = await pickup(code);
    expect(right.status).toBe(429);
    expect(right.json.error.code).toBe("TOO_MANY_ATTEMPTS");
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    t.clock.advance(2 * 60_000);
    const later = await pickup(code);
    expect(later.status).toBe(200);
    expect(later.json.status).toBe("completed");
  });
});

describe("baby-room keys belong to one request", () => {
  it("replays a booking sent again with its key, and refuses the key for another session", async () => {
    const family = await room.newFamily();
    const [one, two] = [
      await room.newSession("early_education", TOMORROW),
      await room.newSession("parent_child", TOMORROW),
    ];
    const key = crypto.randomUUID();
    const first = await room.book(family.headers, one, family.child.id, key);
    expect(first.status).toBe(200);
    const replay = await room.book(family.headers, one, family.child.id, key);
    expect(replay.json).toEqual(first.json);
    const reused = await room.book(family.headers, two, family.child.id, key);
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await room.ledger(family.child.id)).entries.filter((e) => e.kind === "use")).toHaveLength(1);
  });

  it("replays a staff adjustment sent again with its key, and refuses the key for another amount", async () => {
    const family = await room.newFamily();
    const key = crypto.randomUUID();
    const adjust = (amount: number) =>
      room.staff("POST", `/children/${family.child.id}/ledger`, {
        amount,
        reason: "moved in mid-year",
        idempotencyKey: key,
      });
    const first = await adjust(-2);
    expect(first.status).toBe(200);
    expect(first.json.balance).toBe(10);
    expect((await adjust(-2)).json).toEqual(first.json);
    const reused = await adjust(-3);
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await room.ledger(family.child.id)).balance).toBe(10);
  });

  it("makes one pickup code row from ten copies of one request sent at once, and one of the codes shown works", async () => {
    const family = await room.childInRoom(await room.newSession("early_education", NINE, 2));
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => room.pickupCode(family.headers, family.child.id, "王阿姨", key)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    const rows = await t.db.select().from(pickupCodes).where(eq(pickupCodes.childId, family.child.id));
    expect(rows).toHaveLength(1);
    // Only the hash is kept: of the codes shown, exactly one is the row's.
    const shown = [...new Set(answers.map((a) => a.json.code as string))];
    const hashes = await Promise.all(shown.map((c) => pickupCodeHash(community.id, c)));
    const valid = shown.filter((_, i) => hashes[i] === rows[0]!.codeHash);
    expect(valid).toHaveLength(1);
    const stored = await t.db.select().from(idempotencyKeys);
    expect(stored.some((k) => k.response?.includes(valid[0]!))).toBe(false);
    t.clock.advance(5 * 60_000); // past the guessing limit the first test of this file spent on this kiosk
    const pickup = await call(t, "POST", "/api/kiosk/baby-room/pickup", {
      headers: { authorization: `Bearer ${room.kiosk.token}` },
      body: { code: valid[0] },
    });
    expect(pickup.status).toBe(200);
    expect(pickup.json.status).toBe("completed");
  });

  it("refuses a pickup-code key sent again for another person, and makes no second code", async () => {
    const family = await room.newFamily();
    const key = crypto.randomUUID();
    const first = await room.pickupCode(family.headers, family.child.id, "王阿姨", key);
    expect(first.status).toBe(201);
    const reused = await room.pickupCode(family.headers, family.child.id, "李叔叔", key);
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await t.db.select().from(pickupCodes).where(eq(pickupCodes.childId, family.child.id))).toHaveLength(1);
  });
});
