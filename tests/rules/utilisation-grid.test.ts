import { describe, expect, it } from "vitest";
import { minutesByHour, utilisationCells } from "../../api/study-room/utilisation-grid";

const range = (from: string, to: string) => ({ startsAt: new Date(from), endsAt: new Date(to) });

describe("utilisation by weekday and hour", () => {
  it("splits a sitting across the local hours it covers", () => {
    // Tuesday 2026-11-24 09:40–11:10 in Shanghai.
    const grid = minutesByHour([range("2026-11-24T09:40:00+08:00", "2026-11-24T11:10:00+08:00")], "Asia/Shanghai");
    expect([grid[1]![9], grid[1]![10], grid[1]![11]]).toEqual([20, 60, 10]);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(90);
  });

  it("puts time after local midnight on the next weekday", () => {
    const grid = minutesByHour([range("2026-11-29T23:30:00+08:00", "2026-11-30T00:30:00+08:00")], "Asia/Shanghai"); // Sunday into Monday
    expect(grid[6]![23]).toBe(30);
    expect(grid[0]![0]).toBe(30);
  });

  it("uses the zone's own hours, half-hour offsets included", () => {
    const grid = minutesByHour([range("2026-11-24T10:00:00+05:30", "2026-11-24T10:45:00+05:30")], "Asia/Kolkata");
    expect(grid[1]![10]).toBe(45);
  });

  it("weights open time by seats and leaves never-open hours empty", () => {
    const open = minutesByHour([range("2026-11-24T08:00:00+08:00", "2026-11-24T10:00:00+08:00")], "Asia/Shanghai", 4);
    const used = minutesByHour([range("2026-11-24T08:00:00+08:00", "2026-11-24T09:00:00+08:00")], "Asia/Shanghai");
    const cells = utilisationCells(used, open);
    expect(cells.find((c) => c.weekday === 2 && c.hour === 8)!.ratio).toBe(0.25);
    expect(cells.find((c) => c.weekday === 2 && c.hour === 9)!.ratio).toBe(0);
    expect(cells.find((c) => c.weekday === 2 && c.hour === 7)!.ratio).toBeNull();
  });
});
