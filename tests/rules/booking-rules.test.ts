import { describe, expect, it } from "vitest";
import { isValidRange, overlaps } from "../../api/booking/rules";

const r = (from: number, to: number) => ({ startsAt: new Date(from * 60_000), endsAt: new Date(to * 60_000) });

describe("time ranges", () => {
  it("treat ranges as half-open, so back-to-back bookings do not overlap", () => {
    expect(overlaps(r(0, 60), r(60, 120))).toBe(false);
    expect(overlaps(r(60, 120), r(0, 60))).toBe(false);
  });
  it("overlap when they share any minute, including containment", () => {
    expect(overlaps(r(0, 60), r(59, 120))).toBe(true);
    expect(overlaps(r(0, 120), r(30, 60))).toBe(true);
  });
  it("must end after they start", () => {
    expect(isValidRange(r(0, 0))).toBe(false);
    expect(isValidRange(r(10, 0))).toBe(false);
    expect(isValidRange(r(0, 30))).toBe(true);
  });
});
