import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCommunity, makeResident, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

type Entry = {
  id: string;
  at: string;
  action: string;
  staffId: string;
  staffName: string;
  subject: { kind: string; id: string; name: string } | null;
};

let t: TestApp;
let community: Awaited<ReturnType<typeof makeCommunity>>;
let admin: Awaited<ReturnType<typeof makeStaff>>;
let keeper: Awaited<ReturnType<typeof makeStaff>>;
let zhang: Awaited<ReturnType<typeof makeResident>>;
let li: Awaited<ReturnType<typeof makeResident>>;
const cookies: Record<string, string> = {};
const base = () => `/api/communities/${community.id}`;
const audit = async (query = "") => {
  const res = await call(t, "GET", `${base()}/audit${query}`, { cookie: cookies.admin });
  expect(res.status).toBe(200);
  return res.json as { entries: Entry[]; next: string | null };
};

// 2026-11-23 10:00 and 2026-11-25 10:00 in Shanghai.
beforeAll(async () => {
  t = await createTestApp("2026-11-23T02:00:00Z");
  community = await makeCommunity(t.db);
  admin = await makeStaff(t.db, community, "community_admin");
  keeper = await makeStaff(t.db, community, "community_admin");
  zhang = await makeResident(t.db, community.id, { name: "张三" });
  li = await makeResident(t.db, community.id, { name: "李四" });
  cookies.admin = await signInAs(t, admin.username, admin.password);
  cookies.keeper = await signInAs(t, keeper.username, keeper.password);
  const issue = (who: string, id: string) =>
    call(t, "POST", `${base()}/passes`, { cookie: cookies[who], body: { holders: [{ kind: "resident", id }] } });
  expect((await issue("admin", zhang.id)).status).toBe(201);
  expect((await issue("keeper", li.id)).status).toBe(201);
  const topUp = await call(t, "POST", `${base()}/meal-cards/${zhang.id}/entries`, {
    cookie: cookies.admin,
    body: { amountFen: 5000, kind: "top_up", method: "cash", idempotencyKey: crypto.randomUUID() },
  });
  expect(topUp.status).toBe(200);
  t.clock.advance(2 * 24 * 3600_000);
  cookies.admin = await signInAs(t, admin.username, admin.password); // the first session has lapsed
  const rename = await call(t, "PATCH", `${base()}/staff/${keeper.id}`, {
    cookie: cookies.admin,
    body: { displayName: "王站长" },
  });
  expect(rename.status).toBe(200);
});
afterAll(() => t.cleanup());

describe("the audit log", () => {
  it("names whom each change touched: the resident given a pass, the staff member renamed", async () => {
    const { entries } = await audit();
    const pass = entries.find((e) => e.action === "pass.issue" && e.staffId === admin.id);
    expect(pass).toMatchObject({
      staffName: admin.displayName,
      subject: { kind: "resident", id: zhang.id, name: "张三" },
    });
    const renamed = entries.find((e) => e.action === "staff.update");
    expect(renamed?.subject).toEqual({ kind: "staff", id: keeper.id, name: "王站长" });
    const liPass = entries.find((e) => e.action === "pass.issue" && e.staffId === keeper.id);
    expect(liPass?.staffName).toBe("王站长");
  });

  it("filters by the person touched, by the staff member who acted and by kind (a family or one action)", async () => {
    const touchedZhang = (await audit(`?person=${zhang.id}`)).entries;
    expect(touchedZhang.map((e) => e.action).sort()).toEqual(["meal_card.top_up", "pass.issue"]);
    expect(touchedZhang.every((e) => e.subject?.id === zhang.id)).toBe(true);

    const byKeeper = (await audit(`?staff=${keeper.id}`)).entries;
    expect(byKeeper.map((e) => [e.action, e.subject?.name])).toEqual([["pass.issue", "李四"]]);

    const passes = (await audit("?kind=pass")).entries;
    expect(passes.map((e) => e.subject?.name).sort()).toEqual(["张三", "李四"]);
    expect((await audit("?kind=meal_card.top_up")).entries.map((e) => e.subject?.name)).toEqual(["张三"]);
    expect((await audit("?kind=meal")).entries).toEqual([]);
  });

  it("filters by local dates in the community's time zone, both ends included", async () => {
    expect((await audit("?from=2026-11-25&to=2026-11-25")).entries.map((e) => e.action)).toEqual(["staff.update"]);
    const first = (await audit("?to=2026-11-23")).entries.map((e) => e.action);
    expect(first.sort()).toEqual(["meal_card.top_up", "pass.issue", "pass.issue"]);
    expect((await audit("?from=2026-11-24&to=2026-11-24")).entries).toEqual([]);
  });

  it("pages newest first with a cursor, every entry once, even entries made in the same instant", async () => {
    const all = (await audit("?limit=200")).entries;
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let next: string | null = "";
    while (next !== null) {
      const page: { entries: Entry[]; next: string | null } = await audit(`?limit=1${next ? `&cursor=${next}` : ""}`);
      seen.push(...page.entries.map((e) => e.id));
      next = page.next;
    }
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it("refuses a malformed filter with the error envelope", async () => {
    for (const query of ["?kind=DROP%20TABLE", "?from=2026-11-25&to=2026-11-23", "?from=2026-02-30", "?cursor=abc"]) {
      const res = await call(t, "GET", `${base()}/audit${query}`, { cookie: cookies.admin });
      expect(res.status, query).toBe(422);
      expect(res.json.error.code).toBeTypeOf("string");
    }
  });
});
