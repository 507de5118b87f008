import { describe, expect, it } from "vitest";
import {
  awayEndsAt,
  banFromStrikes,
  banInForce,
  checkInOpen,
  countingStrikes,
  noShowAt,
} from "../../api/booking/attendance-rules";

// The engine's attendance rules as the study room's default policy uses them (grace 15, away 30,
// 3 strikes in 30 days → 7 days). Instants carry their Shanghai offset; 2026-11-24 is a Tuesday.
const sh = (dateTime: string) => new Date(`${dateTime}:00+08:00`);
const span = (from: string, to: string) => ({ startsAt: sh(from), endsAt: sh(to) });
const day = (time: string) => `2026-11-24T${time}`;
const justBefore = (at: Date) => new Date(at.getTime() - 1);
const DAY = 86_400_000;

describe("check-in, no-shows and 暂离", () => {
  const booking = span(day("10:00"), day("12:00"));

  it("opens check-in exactly a grace period before the start and closes it exactly a grace period after", () => {
    expect(checkInOpen(booking, justBefore(sh(day("09:45"))), 15)).toBe(false);
    expect(checkInOpen(booking, sh(day("09:45")), 15)).toBe(true);
    expect(checkInOpen(booking, justBefore(sh(day("10:15"))), 15)).toBe(true);
    expect(checkInOpen(booking, sh(day("10:15")), 15)).toBe(false);
  });

  it("makes a no-show of a booking at the moment its check-in closes", () => {
    expect(noShowAt(booking, 15)).toEqual(sh(day("10:15")));
    expect(checkInOpen(booking, justBefore(noShowAt(booking, 15)), 15)).toBe(true);
  });

  it("closes check-in at the end of a booking shorter than the grace period", () => {
    const short = span(day("10:00"), day("10:10"));
    expect(checkInOpen(short, justBefore(sh(day("10:10"))), 15)).toBe(true);
    expect(checkInOpen(short, sh(day("10:10")), 15)).toBe(false);
    expect(noShowAt(short, 15)).toEqual(sh(day("10:10")));
  });

  it("runs the grace period from booking for a booking made after its start, never past its end", () => {
    const madeLate = { ...booking, createdAt: sh(day("10:20")) };
    expect(checkInOpen(madeLate, justBefore(sh(day("10:35"))), 15)).toBe(true);
    expect(checkInOpen(madeLate, sh(day("10:35")), 15)).toBe(false);
    expect(noShowAt(madeLate, 15)).toEqual(sh(day("10:35")));
    expect(noShowAt({ ...booking, createdAt: sh(day("09:00")) }, 15)).toEqual(sh(day("10:15")));
    expect(noShowAt({ ...booking, createdAt: sh(day("11:55")) }, 15)).toEqual(sh(day("12:00")));
  });

  it("keeps a seat for the away minutes from the moment of stepping out", () => {
    expect(awayEndsAt(sh(day("10:30")), 30)).toEqual(sh(day("11:00")));
  });
});

describe("strikes and bans", () => {
  const now = sh(day("12:00"));
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const policy = { strikeLimit: 3, strikeWindowDays: 30, banDays: 7 };

  it("counts no-shows inside the rolling window only, not one exactly its length ago", () => {
    expect(countingStrikes([ago(30 * DAY), ago(30 * DAY - 1), ago(DAY)], now, 30, null)).toBe(2);
    expect(countingStrikes([ago(31 * DAY), ago(40 * DAY)], now, 30, null)).toBe(0);
  });

  it("does not count no-shows from before the last ban began", () => {
    const banBegan = ago(8 * DAY);
    expect(countingStrikes([ago(10 * DAY), ago(9 * DAY), banBegan, ago(2 * DAY)], now, 30, banBegan)).toBe(1);
  });

  it("bans for the policy's days once the strikes reach the limit, and not before", () => {
    expect(banFromStrikes(2, policy, now)).toBeNull();
    expect(banFromStrikes(3, policy, now)).toEqual({ startsAt: now, endsAt: new Date(now.getTime() + 7 * DAY) });
  });

  it("holds a ban from its start up to, not including, its end, unless it was lifted", () => {
    const ban = { startsAt: now, endsAt: new Date(now.getTime() + 7 * DAY), liftedAt: null };
    expect(banInForce(ban, justBefore(now))).toBe(false);
    expect(banInForce(ban, now)).toBe(true);
    expect(banInForce(ban, justBefore(ban.endsAt))).toBe(true);
    expect(banInForce(ban, ban.endsAt)).toBe(false);
    expect(banInForce({ ...ban, liftedAt: new Date(now.getTime() + DAY) }, new Date(now.getTime() + 2 * DAY))).toBe(
      false,
    );
  });
});
