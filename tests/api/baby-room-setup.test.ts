import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import type { TestApp } from "../support/test-app";

const MORNING = "2026-11-24T00:30:00Z";
let t: TestApp;
let room: BabyRoom;
beforeAll(async () => ({ t, room } = await babyRoomScene(MORNING)));
afterAll(() => t.cleanup());

describe("weekly templates", () => {
  it("changes a weekly session for the weeks made afterwards, leaving the sessions already made as they were", async () => {
    const added = await room.addWeeklyClass(7, "10:00");
    expect(added.status).toBe(201);
    expect((await room.staff("POST", "/weeks/2026-11-30")).status).toBe(200);
    const changed = await room.staff("PUT", `/templates/${added.json.id}`, {
      typeId: room.types.early_education,
      weekday: 7,
      startTime: "10:30",
      caregivers: 2,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ id: added.json.id, startTime: "10:30", caregivers: 2 });
    const setup = await room.staff("GET", "");
    expect(setup.json.templates).toContainEqual(changed.json);
    await room.staff("POST", "/weeks/2026-12-07");
    const before = (await room.staff("GET", "/sessions?week=2026-11-30")).json.sessions;
    const after = (await room.staff("GET", "/sessions?week=2026-12-07")).json.sessions;
    expect(before.find((s: { startsAt: string }) => s.startsAt === "2026-12-06T02:00:00.000Z")).toMatchObject({
      capacity: 6,
    });
    expect(after.find((s: { startsAt: string }) => s.startsAt === "2026-12-13T02:30:00.000Z")).toMatchObject({
      capacity: 12,
    });
    const missing = await room.staff("PUT", `/templates/${crypto.randomUUID()}`, {
      typeId: room.types.early_education,
      weekday: 1,
      startTime: "10:30",
      caregivers: 2,
    });
    expect(missing.status).toBe(404);
  });
});
