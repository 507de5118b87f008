import { TZDate } from "@date-fns/tz";
import { describe, expect, it, vi } from "vitest";
import { shiftedClock } from "../../api/shared/clock";
import { ageOn, localDate, localTime, zonedInstant } from "../../api/shared/time";
import { birthDateForAge } from "../../api/seed/demo";

describe("local dates and ages", () => {
  it("takes the calendar date in the community's zone, not UTC", () => {
    expect(localDate(new Date("2026-11-23T16:30:00Z"), "Asia/Shanghai")).toBe("2026-11-24");
    expect(localDate(new Date("2026-11-23T15:59:59Z"), "Asia/Shanghai")).toBe("2026-11-23");
  });
  it("reads the same wall clock as @date-fns/tz through a year of offset changes, remembered or not", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    for (const zone of [
      "Asia/Shanghai",
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
    ]) {
      // Every hour and 13 s of 2026, so the minutes drift across each DST change; asked twice, the
      // second answer comes from memory.
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_613_000) {
        const z = new TZDate(ms, zone);
        const expected = `${z.getFullYear()}-${two(z.getMonth() + 1)}-${two(z.getDate())} ${two(z.getHours())}:${two(z.getMinutes())}`;
        for (const pass of [1, 2]) {
          const got = `${localDate(new Date(ms), zone)} ${localTime(new Date(ms), zone)}`;
          if (got !== expected) expect({ zone, pass, at: ms, got }).toEqual({ zone, pass, at: ms, got: expected });
        }
      }
      expect(zonedInstant("2026-03-08", "03:30", zone).getTime()).toBe(
        new TZDate(2026, 2, 8, 3, 30, 0, zone).getTime(),
      );
    }
  });
  it("counts a birthday on the day itself", () => {
    expect(ageOn("1966-11-23", "2026-11-23")).toBe(60);
    expect(ageOn("1966-11-24", "2026-11-23")).toBe(59);
    expect(ageOn("1966-12-01", "2026-11-23")).toBe(59);
  });
  it("gives the demo seed birth dates that make each age true on any day of the year", () => {
    for (const today of ["2026-01-01", "2026-02-14", "2026-03-01", "2026-11-23", "2026-12-31"]) {
      for (const age of [2, 8, 59, 60, 92]) expect(ageOn(birthDateForAge(today, age), today)).toBe(age);
    }
  });
});

describe("zoned wall-clock times", () => {
  it("turns a Shanghai wall-clock time into the right UTC instant", () => {
    expect(zonedInstant("2026-11-23", "11:00", "Asia/Shanghai").toISOString()).toBe("2026-11-23T03:00:00.000Z");
    expect(zonedInstant("2026-11-24", "00:30", "Asia/Shanghai").toISOString()).toBe("2026-11-23T16:30:00.000Z");
  });
  it("reads the wall-clock time of an instant in the zone", () => {
    expect(localTime(new Date("2026-11-23T01:59:00Z"), "Asia/Shanghai")).toBe("09:59");
  });
});

describe("the shifted clock", () => {
  it("starts at the given instant and runs on at real speed", () => {
    // The machine's clock held and moved by hand: no sleep, and the figures are exact.
    vi.useFakeTimers({ now: Date.parse("2027-03-01T00:00:00Z") });
    try {
      const clock = shiftedClock("2026-11-23T01:30:00Z");
      expect(clock.now().toISOString()).toBe("2026-11-23T01:30:00.000Z");
      vi.advanceTimersByTime(20_000);
      expect(clock.now().toISOString()).toBe("2026-11-23T01:30:20.000Z");
    } finally {
      vi.useRealTimers();
    }
  });
});
