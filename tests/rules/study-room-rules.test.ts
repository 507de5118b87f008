import { describe, expect, it } from "vitest";
import {
  closureDuring,
  isStepAligned,
  openingContaining,
  openingOn,
  overlaps,
  stepStart,
  withinDaysAhead,
  type WeekdayHours,
} from "../../api/booking/schedule-rules";
import { rangeRefusal, rankSeats, replacementSeats, walkInRange, type StudyRules } from "../../api/study-room/rules";
import type { SeatView } from "../../api/study-room/seats";

// Instants are written with their offset, so no expectation leans on the zone code under test.
// 2026-11-24 is a Tuesday, 2026-11-27 a Friday, 2026-11-28 a Saturday.
const SH = "Asia/Shanghai";
const sh = (dateTime: string) => new Date(`${dateTime}:00+08:00`);
const span = (from: string, to: string) => ({ startsAt: sh(from), endsAt: sh(to) });
const day = (time: string) => `2026-11-24T${time}`;
const justBefore = (at: Date) => new Date(at.getTime() - 1);

const everyDay: WeekdayHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "22:00" }));
const rules = (now: string, extra: Partial<StudyRules> = {}): StudyRules => ({
  now: sh(now),
  timeZone: SH,
  stepMinutes: 30,
  daysAhead: 3,
  minutesPerDay: 240,
  hours: everyDay,
  closures: [],
  ...extra,
});

describe("time ranges and steps", () => {
  it("treats ranges as half-open, so one ending at 11:00 leaves 11:00 free for the next", () => {
    expect(overlaps(span(day("10:00"), day("11:00")), span(day("11:00"), day("12:00")))).toBe(false);
    expect(overlaps(span(day("11:00"), day("12:00")), span(day("10:00"), day("11:00")))).toBe(false);
    expect(overlaps(span(day("10:00"), day("11:00")), span(day("10:59"), day("12:00")))).toBe(true);
    expect(overlaps(span(day("10:00"), day("12:00")), span(day("10:30"), day("11:00")))).toBe(true);
  });

  it("aligns steps to the local clock, not to UTC, in a zone half an hour off the hour", () => {
    const kolkata = (time: string) => new Date(`2026-11-24T${time}:00+05:30`);
    // 09:00 in Kolkata is 03:30 UTC; 09:30 in Kolkata is a whole UTC hour but not a whole local one.
    expect(isStepAligned({ startsAt: kolkata("09:00"), endsAt: kolkata("11:00") }, 60, "Asia/Kolkata")).toBe(true);
    expect(isStepAligned({ startsAt: kolkata("09:30"), endsAt: kolkata("10:30") }, 60, "Asia/Kolkata")).toBe(false);
    expect(isStepAligned({ startsAt: kolkata("09:30"), endsAt: kolkata("10:30") }, 30, "Asia/Kolkata")).toBe(true);
    expect(stepStart(kolkata("09:59"), 60, "Asia/Kolkata")).toEqual(kolkata("09:00"));
  });

  it("refuses an instant on the step's minute that is not a whole minute", () => {
    const onStep = span(day("10:00"), day("11:00"));
    expect(isStepAligned(onStep, 30, SH)).toBe(true);
    expect(isStepAligned({ ...onStep, startsAt: new Date(onStep.startsAt.getTime() + 30_000) }, 30, SH)).toBe(false);
    expect(isStepAligned({ ...onStep, endsAt: new Date(onStep.endsAt.getTime() + 1) }, 30, SH)).toBe(false);
  });

  it("starts the step containing an instant at its local wall clock rounded down", () => {
    expect(stepStart(sh(day("10:10")), 30, SH)).toEqual(sh(day("10:00")));
    expect(stepStart(sh(day("10:30")), 30, SH)).toEqual(sh(day("10:30")));
    expect(stepStart(new Date(sh(day("10:29")).getTime() + 59_999), 30, SH)).toEqual(sh(day("10:00")));
  });
});

describe("opening hours and closures", () => {
  const weekdays: WeekdayHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "22:00" }));

  it("opens a weekday from its opening to its closing exactly, and not on a day without hours", () => {
    expect(openingContaining(span(day("08:00"), day("10:00")), weekdays, SH)).toEqual(span(day("08:00"), day("22:00")));
    expect(openingContaining(span(day("20:00"), day("22:00")), weekdays, SH)).not.toBeNull();
    expect(openingContaining(span(day("07:30"), day("08:30")), weekdays, SH)).toBeNull();
    expect(openingContaining(span(day("21:30"), day("22:30")), weekdays, SH)).toBeNull();
    expect(openingOn("2026-11-28", weekdays, SH)).toBeNull();
    expect(openingContaining(span("2026-11-28T10:00", "2026-11-28T11:00"), weekdays, SH)).toBeNull();
  });

  it("runs an opening that closes before it opens past midnight, into a day that has no hours of its own", () => {
    const lateFriday: WeekdayHours[] = [{ weekday: 5, opens: "08:00", closes: "01:00" }];
    expect(openingOn("2026-11-27", lateFriday, SH)).toEqual(span("2026-11-27T08:00", "2026-11-28T01:00"));
    expect(openingOn("2026-11-28", lateFriday, SH)).toBeNull();
    expect(openingContaining(span("2026-11-28T00:00", "2026-11-28T00:30"), lateFriday, SH)).toEqual(
      span("2026-11-27T08:00", "2026-11-28T01:00"),
    );
    expect(openingContaining(span("2026-11-27T23:30", "2026-11-28T01:00"), lateFriday, SH)).not.toBeNull();
    expect(openingContaining(span("2026-11-28T00:30", "2026-11-28T01:30"), lateFriday, SH)).toBeNull();
    expect(openingContaining(span("2026-11-28T08:00", "2026-11-28T09:00"), lateFriday, SH)).toBeNull();
    const friday = rules("2026-11-27T20:00", { hours: lateFriday });
    expect(rangeRefusal(span("2026-11-28T00:00", "2026-11-28T00:30"), friday)).toBeNull();
    expect(rangeRefusal(span("2026-11-28T01:00", "2026-11-28T01:30"), friday)).toBe("CLOSED");
  });

  it("finds a closure only where it overlaps, its end and start left free", () => {
    const closures = [{ ...span(day("12:00"), day("14:00")), reason: "exam" }];
    expect(closureDuring(span(day("10:00"), day("12:00")), closures)).toBeNull();
    expect(closureDuring(span(day("14:00"), day("15:00")), closures)).toBeNull();
    expect(closureDuring(span(day("13:30"), day("14:30")), closures)?.reason).toBe("exam");
    expect(rangeRefusal(span(day("11:00"), day("12:30")), rules(day("09:00"), { closures }))).toBe("CLOSURE");
  });
});

describe("which ranges may be booked", () => {
  it("still books the current step but not the one before it", () => {
    expect(rangeRefusal(span(day("10:00"), day("12:00")), rules(day("10:10")))).toBeNull();
    expect(rangeRefusal(span(day("09:30"), day("10:30")), rules(day("10:10")))).toBe("IN_PAST");
    expect(rangeRefusal(span(day("10:00"), day("11:00")), rules(day("10:00")))).toBeNull();
    expect(rangeRefusal(span(day("09:30"), day("10:30")), rules(day("10:00")))).toBe("IN_PAST");
  });

  it("counts the days ahead in the community's zone, where 23:30 UTC is already the next day", () => {
    const now = new Date("2026-11-23T23:30:00Z"); // 07:30 on Tuesday the 24th in Shanghai
    const friday = span("2026-11-27T21:00", "2026-11-27T22:00");
    expect(rangeRefusal(friday, { ...rules(day("07:30")), now })).toBeNull();
    expect(withinDaysAhead(friday.startsAt, now, 3, "UTC")).toBe(false);
    expect(rangeRefusal(span("2026-11-28T08:00", "2026-11-28T09:00"), { ...rules(day("07:30")), now })).toBe(
      "TOO_FAR_AHEAD",
    );
  });

  it("opens one more date at local midnight", () => {
    const saturday = span("2026-11-28T08:00", "2026-11-28T09:00");
    expect(rangeRefusal(saturday, { ...rules(day("23:59")), now: justBefore(sh("2026-11-25T00:00")) })).toBe(
      "TOO_FAR_AHEAD",
    );
    expect(rangeRefusal(saturday, rules("2026-11-25T00:00"))).toBeNull();
  });

  it("allows the day's minutes in one booking and not a step more", () => {
    expect(rangeRefusal(span(day("10:00"), day("14:00")), rules(day("09:00")))).toBeNull();
    expect(rangeRefusal(span(day("10:00"), day("14:30")), rules(day("09:00")))).toBe("TOO_LONG");
  });

  it("refuses a range that ends where it starts, or before", () => {
    expect(rangeRefusal(span(day("10:00"), day("10:00")), rules(day("09:00")))).toBe("EMPTY_RANGE");
    expect(rangeRefusal(span(day("11:00"), day("10:00")), rules(day("09:00")))).toBe("EMPTY_RANGE");
  });

  it("names a range off the steps before anything else about it", () => {
    expect(rangeRefusal(span(day("07:15"), day("07:45")), rules(day("09:00")))).toBe("NOT_ON_STEP");
  });
});

describe("walk-ins and seat choice", () => {
  it("sits a walk-in from now to the end of the step the minutes lead to", () => {
    expect(walkInRange(120, rules(day("10:10")))).toEqual({ startsAt: sh(day("10:10")), endsAt: sh(day("12:00")) });
  });

  it("cuts a walk-in short at closing time and at the next closure", () => {
    expect(walkInRange(120, rules(day("21:10")))?.endsAt).toEqual(sh(day("22:00")));
    const closures = [{ ...span(day("11:00"), day("12:00")), reason: "cleaning" }];
    expect(walkInRange(120, rules(day("10:10"), { closures }))?.endsAt).toEqual(sh(day("11:00")));
    const lateFriday: WeekdayHours[] = [{ weekday: 5, opens: "08:00", closes: "01:00" }];
    expect(walkInRange(120, rules("2026-11-28T00:20", { hours: lateFriday }))).toEqual(
      span("2026-11-28T00:20", "2026-11-28T01:00"),
    );
  });

  it("has no walk-in while the room is closed or a closure is on", () => {
    expect(walkInRange(120, rules(day("07:50")))).toBeNull();
    expect(walkInRange(120, rules(day("22:00")))).toBeNull();
    const closures = [{ ...span(day("10:00"), day("11:00")), reason: "cleaning" }];
    expect(walkInRange(120, rules(day("10:00"), { closures }))).toBeNull();
    expect(walkInRange(120, rules(day("10:59"), { closures }))).toBeNull();
  });

  const seat = (label: string, col: number, features: Partial<SeatView> = {}): SeatView => ({
    id: label,
    label,
    row: 0,
    col,
    zone: "",
    power: false,
    window: false,
    quiet: false,
    inService: true,
    ...features,
  });
  const seats = [
    seat("A4", 3, { power: true }),
    seat("A1", 0),
    seat("A3", 2, { power: true, inService: false }),
    seat("A2", 1, { power: true, window: true }),
  ];

  it("ranks seats with the wished-for feature first, each group in map order, leaving out seats out of service", () => {
    expect(rankSeats(seats, "power").map((s) => s.label)).toEqual(["A2", "A4", "A1"]);
    expect(rankSeats(seats, "window").map((s) => s.label)).toEqual(["A2", "A1", "A4"]);
    expect(rankSeats(seats).map((s) => s.label)).toEqual(["A1", "A2", "A4"]);
  });

  it("moves a booking to the in-service seat with most in common with its own, ties in map order", () => {
    expect(replacementSeats(seat("A3", 2, { power: true }), seats).map((s) => s.label)).toEqual(["A4", "A1", "A2"]);
  });
});
