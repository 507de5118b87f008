import { describe, expect, it } from "vitest";
import { isValidRange } from "../../api/booking/rules";

const r = (from: number, to: number) => ({ startsAt: new Date(from * 60_000), endsAt: new Date(to * 60_000) });

describe("time ranges", () => {
  it("must end after they start", () => {
    expect(isValidRange(r(0, 0))).toBe(false);
    expect(isValidRange(r(10, 0))).toBe(false);
    expect(isValidRange(r(0, 30))).toBe(true);
  });
});
