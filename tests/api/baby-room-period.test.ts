import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireAllowances } from "../../api/baby-room/expire-allowances";
import { babyRoomAt } from "../support/baby-room";
import { makeCommunity, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp("2026-12-30T02:00:00Z");
});
afterAll(() => t.cleanup());

describe("the allowance's period", () => {
  it("expires what is left at the year's end, rolls over what the policy allows, and does it once", async () => {
    const community = await makeCommunity(t.db);
    const staff = await makeStaff(t.db, community, "baby_room_staff");
    const room = await babyRoomAt(t, community, await signInAs(t, staff.username, staff.password), { rolloverMax: 2 });
    const family = await room.newFamily();
    const session = await room.newSession("early_education", "2026-12-31T01:00:00Z");
    expect((await room.book(family.headers, session, family.child.id)).status).toBe(200);
    expect((await room.ledger(family.child.id)).balance).toBe(11);

    t.clock.set("2026-12-31T15:59:00Z"); // 23:59 on 31 December in Shanghai: nothing ends yet
    expect(await expireAllowances(t)).toEqual({ expired: 0 });
    t.clock.set("2026-12-31T16:00:00Z"); // midnight: 2027 begins
    expect(await expireAllowances(t)).toEqual({ expired: 1 });
    expect(await expireAllowances(t)).toEqual({ expired: 0 });

    // The staff sign-in went idle while the year turned.
    const cookie = await signInAs(t, staff.username, staff.password);
    const res = await call(t, "GET", `/api/communities/${community.id}/baby-room/children/${family.child.id}/ledger`, {
      cookie,
    });
    const entries = res.json.entries as { period: string; kind: string; amount: number }[];
    expect(entries.filter((e) => e.period === "2026-01-01").reduce((s, e) => s + e.amount, 0)).toBe(0);
    expect(entries).toContainEqual(expect.objectContaining({ period: "2026-01-01", kind: "expire", amount: -11 }));
    expect(entries).toContainEqual(expect.objectContaining({ period: "2027-01-01", kind: "rollover", amount: 2 }));
    expect(res.json.balance).toBe(14); // this year's 12 and 2 rolled over
  });
});
