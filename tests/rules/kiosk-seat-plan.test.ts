import { describe, expect, it } from "vitest";
import type { Seat, StudyDay } from "../../kiosk/src/models/study-day";
import { lengthsFrom, noSeatFree, seatState, startTimes } from "../../kiosk/src/study/seat-plan";

// Tuesday 24 November 2026; the room opens 08:00–22:00 Shanghai, in 30-minute steps.
const at = (local: string) => Date.parse(`2026-11-24T${local}:00+08:00`);
const iso = (local: string) => new Date(at(local)).toISOString();

const seat = (label: string, extra: Partial<Seat> = {}): Seat => ({
  id: label,
  label,
  row: 0,
  col: 0,
  zone: "",
  power: false,
  window: false,
  quiet: false,
  inService: true,
  taken: [],
  ...extra,
});

function studyDay(extra: Partial<StudyDay> = {}): StudyDay {
  return {
    date: "2026-11-24",
    dates: ["2026-11-24"],
    now: iso("09:00"),
    atThisRoom: true,
    stepMinutes: 30,
    policy: { graceMinutes: 15, awayMinutes: 30, minutesPerDay: 240, activeBookings: 2, daysAhead: 3 },
    opening: { startsAt: iso("08:00"), endsAt: iso("22:00") },
    closures: [],
    seats: [],
    mine: [],
    waitlist: [],
    ban: null,
    ...extra,
  };
}

describe("the kiosk's seat plan", () => {
  it("offers the step under way and every later step that ends by closing time, and none inside a closure", () => {
    const day = studyDay({ closures: [{ startsAt: iso("12:00"), endsAt: iso("13:00"), reason: "消防检查" }] });
    const starts = startTimes(day, at("10:10"));
    expect(starts[0]).toBe(at("10:00"));
    expect(starts.at(-1)).toBe(at("21:30"));
    expect(starts).not.toContain(at("12:00"));
    expect(starts).not.toContain(at("12:30"));
    expect(starts).toContain(at("13:00"));
    expect(startTimes(studyDay({ opening: null }), at("10:00"))).toEqual([]);
  });

  it("offers whole hours up to the day's allowance that end by closing and before a closure, and what is left near closing", () => {
    const day = studyDay({
      policy: { ...studyDay().policy, minutesPerDay: 180 },
      closures: [{ startsAt: iso("17:00"), endsAt: iso("18:00"), reason: "" }],
    });
    expect(lengthsFrom(day, at("09:00"))).toEqual([60, 120, 180]);
    expect(lengthsFrom(day, at("15:00"))).toEqual([60, 120]);
    expect(lengthsFrom(day, at("21:00"))).toEqual([60]);
    expect(lengthsFrom(day, at("21:30"))).toEqual([30]);
  });

  it("tells a seat's state for a range: out of service, the person's own, someone else's, or free", () => {
    const range = { startsAt: at("14:00"), endsAt: at("16:00") };
    const booked = (from: string, to: string, mine = false) => ({ startsAt: iso(from), endsAt: iso(to), mine });
    expect(seatState(seat("A1", { inService: false }), range)).toBe("out");
    expect(seatState(seat("A2", { taken: [booked("15:00", "17:00", true)] }), range)).toBe("mine");
    expect(seatState(seat("A3", { taken: [booked("13:30", "14:30")] }), range)).toBe("taken");
    expect(seatState(seat("A4", { taken: [booked("12:00", "14:00"), booked("16:00", "18:00")] }), range)).toBe("free");
  });

  it("offers the waitlist only when every seat in service is someone else's for the range", () => {
    const range = { startsAt: at("14:00"), endsAt: at("16:00") };
    const taken = [{ startsAt: iso("14:00"), endsAt: iso("16:00"), mine: false }];
    const full = studyDay({ seats: [seat("A1", { taken }), seat("A2", { inService: false })] });
    expect(noSeatFree(full, range)).toBe(true);
    expect(noSeatFree(studyDay({ seats: [seat("A1", { taken }), seat("A2")] }), range)).toBe(false);
    expect(noSeatFree(studyDay({ seats: [seat("A1", { taken: [{ ...taken[0]!, mine: true }] })] }), range)).toBe(false);
    expect(noSeatFree(studyDay({ seats: [seat("A2", { inService: false })] }), range)).toBe(false);
  });
});
