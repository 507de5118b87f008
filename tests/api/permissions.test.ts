import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { babyRoomRules } from "../../api/seed/demo-baby-room";
import { PERMISSIONS, may, type Permission } from "../../api/staff/permissions";
import { staffRoles, type StaffRole } from "../../db/schema";
import { makeCommunity, makeCourier, makeResident, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

let t: TestApp;
let home: Awaited<ReturnType<typeof makeCommunity>>;
let foreign: Awaited<ReturnType<typeof makeCommunity>>;
const cookies = new Map<StaffRole, string>();
const people: Record<"resident" | "courier" | "child", string> = { resident: "", courier: "", child: "" };
beforeAll(async () => {
  t = await createTestApp();
  home = await makeCommunity(t.db);
  foreign = await makeCommunity(t.db); // another district
  people.resident = (await makeResident(t.db, home.id)).id;
  people.courier = (await makeCourier(t.db, home.id)).id;
  people.child = crypto.randomUUID(); // no such child: a permitted call answers 404, a refused one 403
  for (const role of staffRoles) {
    const who = await makeStaff(
      t.db,
      role === "district_admin" ? { districtId: home.districtId, id: null } : home,
      role,
    );
    cookies.set(role, await signInAs(t, who.username, who.password));
  }
});
afterAll(() => t.cleanup());

type Operation = {
  name: string;
  needs: Permission;
  send: (communityId: string, cookie: string) => ReturnType<typeof call>;
};
const kinds = ["resident", "courier", "child"] as const;
const listPath = { resident: "residents", courier: "couriers", child: "children" } as const;

/** Every guarded operation, each with the one permission it needs in the table. */
const operations: Operation[] = [
  ...kinds.flatMap((kind): Operation[] => [
    {
      name: `list ${kind}s`,
      needs: { person: kind, action: "read" },
      send: (cid, cookie) => call(t, "GET", `/api/communities/${cid}/${listPath[kind]}`, { cookie }),
    },
    {
      name: `issue a printed pass to a ${kind}`,
      needs: { person: kind, action: "issue_pass" },
      send: (cid, cookie) =>
        call(t, "POST", `/api/communities/${cid}/passes`, { cookie, body: { holders: [{ kind, id: people[kind] }] } }),
    },
    {
      name: `issue a phone pass to a ${kind}`,
      needs: { person: kind, action: "issue_pass" },
      send: (cid, cookie) =>
        call(t, "POST", `/api/communities/${cid}/phone-passes`, { cookie, body: { kind, id: people[kind] } }),
    },
    {
      name: `record a ${kind}'s face consent`,
      needs: { person: kind, action: "face" },
      send: (cid, cookie) =>
        call(t, "POST", `/api/communities/${cid}/face-consents`, {
          cookie,
          body: { kind, id: people[kind], consentTextVersion: "v1", consentedBy: "本人" },
        }),
    },
    {
      name: `withdraw a ${kind}'s face consent`,
      needs: { person: kind, action: "face" },
      send: (cid, cookie) =>
        call(t, "DELETE", `/api/communities/${cid}/face-consents/${kind}/${crypto.randomUUID()}`, { cookie }),
    },
  ]),
  {
    name: "read the counter's tickets",
    needs: { facility: "canteen", action: "operate" },
    send: (cid, cookie) => call(t, "GET", `/api/communities/${cid}/canteen/tickets`, { cookie }),
  },
  {
    name: "read welfare alerts (phone and address)",
    needs: { facility: "canteen", action: "welfare" },
    send: (cid, cookie) => call(t, "GET", `/api/communities/${cid}/canteen/welfare-alerts`, { cookie }),
  },
  {
    // No baby room in this community: a permitted call answers 404, a refused one 403.
    name: "change the baby room's rules",
    needs: { facility: "baby_room", action: "manage" },
    send: (cid, cookie) =>
      call(t, "PUT", `/api/communities/${cid}/baby-room/policy`, {
        cookie,
        body: { ...babyRoomRules, reason: "new term" },
      }),
  },
  {
    name: "list kiosks",
    needs: { community: "kiosks" },
    send: (cid, cookie) => call(t, "GET", `/api/communities/${cid}/kiosks`, { cookie }),
  },
];

const matrix = staffRoles.flatMap((role) => operations.map((op) => ({ role, op, allowed: may(role, op.needs) })));

describe("the authorization matrix, generated from the permissions table", () => {
  it.each(matrix)("$role: $op.name in their own community → allowed $allowed", async ({ role, op, allowed }) => {
    const res = await op.send(home.id, cookies.get(role)!);
    if (allowed) expect(res.status, JSON.stringify(res.json)).not.toBe(403);
    else expect(res.status).toBe(403);
    expect(res.status).toBeLessThan(500);
  });

  it.each(matrix)("$role: $op.name in a community not theirs → refused", async ({ role, op }) => {
    expect((await op.send(foreign.id, cookies.get(role)!)).status).toBe(403);
  });

  it("keeps a station keeper from issuing a resident's pass, and every role but the canteen's and admins from welfare alerts", async () => {
    const keeper = cookies.get("station_keeper")!;
    const pass = await call(t, "POST", `/api/communities/${home.id}/passes`, {
      cookie: keeper,
      body: { holders: [{ kind: "resident", id: people.resident }] },
    });
    expect(pass.status).toBe(403);
    const alerts = await call(t, "GET", `/api/communities/${home.id}/canteen/welfare-alerts`, { cookie: keeper });
    expect(alerts.status).toBe(403);
  });

  it("serves the same table to the admin that the guards read", async () => {
    for (const role of staffRoles) {
      const res = await call(t, "GET", "/api/auth/permissions", { cookie: cookies.get(role)! });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ role, mine: PERMISSIONS[role], table: PERMISSIONS });
    }
  });
});
