import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canteenScene, orderLunch } from "../support/canteen";
import { makeResident, makeStudyRoom, topUpCard } from "../support/factories";
import { openedSession } from "../support/kiosk-sessions";
import type { Community } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

let t: TestApp;
let community: Community;
let kiosk: Awaited<ReturnType<typeof canteenScene>>["kiosk"];
let admin: string;
const base = () => `/api/communities/${community.id}`;
beforeAll(async () => {
  ({ t, community, kiosk, admin } = await canteenScene("2026-11-23T01:00:00Z"));
  await makeStudyRoom(t.db, community.id, 2);
});
afterAll(() => t.cleanup());

describe("bad input is a 4xx in the envelope, never a 5xx", () => {
  it("writes any fund name into the CSV's file name safely (RFC 6266 filename*)", async () => {
    for (const fund of ["街道补贴", 'x"; filename=evil.exe', "a\r\nX-Injected: 1", "street_elderly_meal"]) {
      const res = await call(
        t,
        "GET",
        `${base()}/canteen/settlement.csv?month=2026-11&fund=${encodeURIComponent(fund)}`,
        {
          cookie: admin,
        },
      );
      expect(res.status, fund).toBeLessThan(500);
      if (res.status !== 200) continue;
      const disposition = res.headers.get("content-disposition")!;
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(`settlement-${fund}-2026-11.csv`).replace(/'/g, "%27")}`,
      );
      expect(disposition).not.toMatch(/[\r\n]/);
      expect(disposition.match(/filename=/g)).toHaveLength(1);
    }
  });

  it("refuses dates that are not real days in a sane range", async () => {
    for (const date of ["9999-12-31", "0000-00-00", "2026-02-30", "2026-13-01"]) {
      const res = await call(t, "GET", `${base()}/canteen/production?date=${date}`, { cookie: admin });
      expect(res.status, date).toBe(422);
      expect(res.json.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await call(t, "GET", `${base()}/canteen/production?date=2028-02-29`, { cookie: admin })).status).toBe(200);
    const month = await call(t, "GET", `${base()}/canteen/settlement?month=9999-12&fund=street_elderly_meal`, {
      cookie: admin,
    });
    expect(month.status).toBe(422);
  });

  it("refuses a closure from 0000-00-00T00:00 to 9999-99-99T23:59", async () => {
    const res = await call(t, "POST", `${base()}/study-room/closures`, {
      cookie: admin,
      body: { from: "0000-00-00T00:00", to: "9999-99-99T23:59", reason: "probe" },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("VALIDATION_FAILED");
  });

  it("answers a child with the same guardian twice with a 4xx, not a primary-key 500", async () => {
    const mum = await makeResident(t.db, community.id, { birthDate: "1995-01-01" });
    const res = await call(t, "POST", `${base()}/children`, {
      cookie: admin,
      body: {
        name: "小明",
        birthDate: "2024-06-01",
        guardians: [
          { residentId: mum.id, relation: "母亲" },
          { residentId: mum.id, relation: "母亲" },
        ],
      },
    });
    expect([400, 409, 422]).toContain(res.status);
  });
});

describe("CSV cells", () => {
  it("go out as text, not live formulas, when a name starts with = + - @", async () => {
    const names = ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)"];
    for (const name of names) {
      const her = await makeResident(t.db, community.id, { name, birthDate: "1946-05-15" });
      await topUpCard(t.db, community.id, her.id, 5000);
      const placed = await orderLunch(t, await openedSession(t, kiosk, { kind: "resident", id: her.id }));
      expect(placed.status).toBe(200);
    }
    const csv = await call(t, "GET", `${base()}/canteen/settlement.csv?month=2026-11&fund=street_elderly_meal`, {
      cookie: admin,
    });
    expect(csv.status).toBe(200);
    const cells = (csv.json as string)
      .split("\r\n")
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(",")[3]!);
    expect(cells).toHaveLength(names.length);
    for (const cell of cells) expect(cell.replace(/^"/, "")).toMatch(/^'[=+\-@]/);
  });
});
