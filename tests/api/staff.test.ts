import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { makeCommunity, makeStaff } from "../support/factories";
import { call, signInAs, type TestApp } from "../support/test-app";
import { type Community, communityWithAdmin, type SignedInStaff } from "../support/signed-in";

let t: TestApp;
let community: Community;
let admin: SignedInStaff;
let cookie: string;
const staffPath = () => `/api/communities/${community.id}/staff`;
beforeAll(async () => ({ t, community, admin, cookie } = await communityWithAdmin()));
afterAll(() => t.cleanup());

const auditFor = (entityId: string) => t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

describe("staff management", () => {
  it("adds an account that can sign in, lists it, and records who added it", async () => {
    const res = await call(t, "POST", staffPath(), {
      cookie,
      body: { username: "Cook.Li", displayName: "李师傅", role: "canteen_staff", password: "a long passphrase" },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      username: "cook.li",
      role: "canteen_staff",
      disabled: false,
      communityId: community.id,
    });
    expect(res.json).not.toHaveProperty("passwordHash");
    const list = await call(t, "GET", staffPath(), { cookie });
    expect(list.json.staff.map((s: { username: string }) => s.username)).toContain("cook.li");
    await signInAs(t, "cook.li", "a long passphrase");
    const [entry] = await auditFor(res.json.id);
    expect(entry).toMatchObject({ action: "staff.create", staffId: admin.id, communityId: community.id, before: null });
    expect(entry!.after).toMatchObject({ username: "cook.li", role: "canteen_staff" });
    expect(JSON.stringify(entry!.after)).not.toMatch(/passphrase|pbkdf2/);
  });

  it("refuses a taken username with 409 and writes no audit entry", async () => {
    const before = (await t.db.select().from(auditLog)).length;
    const res = await call(t, "POST", staffPath(), {
      cookie,
      body: { username: admin.username, displayName: "重复", role: "station_keeper", password: "another passphrase" },
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe("USERNAME_TAKEN");
    expect((await t.db.select().from(auditLog)).length).toBe(before);
  });

  it("does not let a community admin create a district admin", async () => {
    const res = await call(t, "POST", staffPath(), {
      cookie,
      body: { username: "wannabe", displayName: "X", role: "district_admin", password: "a long passphrase" },
    });
    expect(res.status).toBe(403);
  });

  it("changes a role with before and after in the audit log and ends that person's sessions", async () => {
    const keeper = await makeStaff(t.db, community, "station_keeper");
    const keeperCookie = await signInAs(t, keeper.username, keeper.password);
    const res = await call(t, "PATCH", `${staffPath()}/${keeper.id}`, { cookie, body: { role: "baby_room_staff" } });
    expect(res.status).toBe(200);
    expect(res.json.role).toBe("baby_room_staff");
    const [entry] = await auditFor(keeper.id);
    expect(entry).toMatchObject({
      action: "staff.update",
      before: { role: "station_keeper" },
      after: { role: "baby_room_staff" },
    });
    expect((await call(t, "GET", "/api/auth/me", { cookie: keeperCookie })).status).toBe(401);
  });

  it("records concurrent edits as one chain of before and after, each edit seeing the one before it", async () => {
    const cook = await makeStaff(t.db, community, "canteen_staff");
    // A new password is hashed between reading the account and writing it: the window a stale "before" came from.
    const edits = [
      { displayName: "王师傅", password: "first new passphrase" },
      { role: "station_keeper" },
      { disabled: true, password: "second new passphrase" },
      { displayName: "王大厨" },
      { role: "baby_room_staff", password: "third new passphrase" },
      { disabled: false },
    ];
    const answers = await Promise.all(
      edits.map((body) => call(t, "PATCH", `${staffPath()}/${cook.id}`, { cookie, body })),
    );
    expect(answers.map((a) => a.status)).toEqual(edits.map(() => 200));
    // Each entry's "before" is the previous entry's "after": walk the chain from the account as made.
    const entries = await auditFor(cook.id);
    const list = await call(t, "GET", staffPath(), { cookie });
    const final = list.json.staff.find((s: { id: string }) => s.id === cook.id);
    let state: unknown = { ...final, displayName: cook.displayName, role: "canteen_staff", disabled: false };
    const unused = [...entries];
    while (unused.length > 0) {
      const next = unused.findIndex((e) => JSON.stringify(e.before) === JSON.stringify(state));
      expect(next, `no entry continues from ${JSON.stringify(state)}`).toBeGreaterThanOrEqual(0);
      state = unused.splice(next, 1)[0]?.after;
    }
    expect(entries).toHaveLength(edits.length);
    expect(state).toEqual(final);
  });

  it("disables an account so it can no longer sign in, and enables it again", async () => {
    const cook = await makeStaff(t.db, community, "canteen_staff");
    expect(
      (await call(t, "PATCH", `${staffPath()}/${cook.id}`, { cookie, body: { disabled: true } })).json.disabled,
    ).toBe(true);
    expect(
      (await call(t, "POST", "/api/auth/sign-in", { body: { username: cook.username, password: cook.password } }))
        .status,
    ).toBe(401);
    expect(
      (await call(t, "PATCH", `${staffPath()}/${cook.id}`, { cookie, body: { disabled: false } })).json.disabled,
    ).toBe(false);
    await signInAs(t, cook.username, cook.password);
  });

  it("does not let an admin disable themselves", async () => {
    const res = await call(t, "PATCH", `${staffPath()}/${admin.id}`, { cookie, body: { disabled: true } });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("CANNOT_CHANGE_SELF");
  });

  it("cannot touch another community's staff through its own community's path", async () => {
    const elsewhere = await makeCommunity(t.db);
    const stranger = await makeStaff(t.db, elsewhere, "canteen_staff");
    const res = await call(t, "PATCH", `${staffPath()}/${stranger.id}`, { cookie, body: { disabled: true } });
    expect(res.status).toBe(404);
    await signInAs(t, stranger.username, stranger.password);
  });

  it("shows the audit log newest first to admins", async () => {
    const res = await call(t, "GET", `/api/communities/${community.id}/audit?limit=3`, { cookie });
    expect(res.status).toBe(200);
    expect(res.json.entries.length).toBeGreaterThan(0);
    expect(res.json.entries.length).toBeLessThanOrEqual(3);
    const times = res.json.entries.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
