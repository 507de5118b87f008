import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { placeLunch } from "../support/canteen";
import { makeCanteen, makeCommunity, makeResident } from "../support/factories";
import { type Community, communityWithAdmin, type SignedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

type Page = {
  entries: { id: string; action: string; entityId: string; after: Record<string, unknown> | null }[];
  names: Record<string, string>;
};

// 09:00 on Monday 23 November in Shanghai: before the 10:00 lunch cut-off.
let t: TestApp;
let community: Community;
let admin: SignedInStaff;
let cookie: string;
const base = () => `/api/communities/${community.id}`;
const audit = async (query = "") => {
  const res = await call(t, "GET", `${base()}/audit${query}`, { cookie });
  expect(res.status).toBe(200);
  return res.json as Page;
};
const lunchFor = (residentId: string) => placeLunch(t, community.id, residentId, { payment: "counter" });

beforeAll(async () => {
  ({ t, community, admin, cookie } = await communityWithAdmin("2026-11-23T01:00:00Z"));
  await makeCanteen(t.db, community);
});
afterAll(() => t.cleanup());

describe("the audit log names the people a change names by id", () => {
  it("names the family member a link was made with, and no one of another community", async () => {
    const elder = await makeResident(t.db, community.id, { name: "周老太", birthDate: "1940-01-01" });
    const son = await makeResident(t.db, community.id, { name: "周建国", birthDate: "1970-01-01" });
    const linked = await call(t, "POST", `${base()}/canteen/family-links`, {
      cookie,
      body: { elderId: elder.id, familyId: son.id },
    });
    expect(linked.status).toBe(201);
    const page = await audit("?kind=resident_link.create");
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0]!.after).toMatchObject({ familyId: son.id });
    expect(page.names[son.id]).toBe("周建国");

    // An id of someone elsewhere is not named here, even if an entry holds it.
    const elsewhere = await makeCommunity(t.db);
    const stranger = await makeResident(t.db, elsewhere.id, { name: "外人" });
    await t.db.insert(schema.auditLog).values({
      id: crypto.randomUUID(),
      districtId: community.districtId,
      communityId: community.id,
      staffId: admin.id,
      action: "test.stranger",
      entity: "test",
      entityId: "x",
      after: { residentId: stranger.id },
      at: t.clock.now(),
    });
    expect((await audit("?kind=test.stranger")).names).toEqual({});
  });

  it("names every one of 150 people an entry holds, past the 100 parameters D1 binds", async () => {
    const people = await Promise.all(
      Array.from({ length: 150 }, (_, i) => makeResident(t.db, community.id, { name: `居民${i}` })),
    );
    await t.db.insert(schema.auditLog).values({
      id: crypto.randomUUID(),
      districtId: community.districtId,
      communityId: community.id,
      staffId: admin.id,
      action: "test.many",
      entity: "test",
      entityId: "y",
      after: { holderIds: people.map((p) => p.id) },
      at: t.clock.now(),
    });
    const { names } = await audit("?kind=test.many");
    expect(Object.keys(names)).toHaveLength(150);
    expect(people.every((p) => names[p.id] === p.name)).toBe(true);
  });
});

describe("a closure's audit line", () => {
  it("records how many bookings it cancelled and whom, named in the log", async () => {
    const wang = await makeResident(t.db, community.id, { name: "王大爷", birthDate: "1950-01-01" });
    const zhao = await makeResident(t.db, community.id, { name: "赵奶奶", birthDate: "1948-01-01" });
    await lunchFor(wang.id);
    await lunchFor(wang.id); // a second meal (for his carer): two bookings, one person
    await lunchFor(zhao.id);
    const closed = await call(t, "POST", `${base()}/closures`, {
      cookie,
      body: { facilityId: community.facilityId, from: "2026-11-23T10:30", to: "2026-11-23T14:00", reason: "停电检修" },
    });
    expect(closed.status).toBe(201);
    expect(closed.json.bookingsCancelled).toBe(3);

    const page = await audit("?kind=canteen.add_closure");
    const line = page.entries.find((e) => e.entityId === closed.json.id)!;
    expect(line.after).toMatchObject({ reason: "停电检修", bookingsCancelled: 3 });
    expect([...(line.after!.holderIds as string[])].sort()).toEqual([wang.id, zhao.id].sort());
    expect([page.names[wang.id], page.names[zhao.id]]).toEqual(["王大爷", "赵奶奶"]);
  });

  it("records that a closure over nothing booked touched no one", async () => {
    const closed = await call(t, "POST", `${base()}/closures`, {
      cookie,
      body: { facilityId: community.facilityId, from: "2026-11-30T10:30", to: "2026-11-30T14:00", reason: "培训" },
    });
    expect(closed.status).toBe(201);
    const line = (await audit("?kind=canteen.add_closure")).entries.find((e) => e.entityId === closed.json.id)!;
    expect(line.after).toMatchObject({ bookingsCancelled: 0, holderIds: [] });
  });
});
