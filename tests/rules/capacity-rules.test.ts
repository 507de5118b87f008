import { describe, expect, it } from "vitest";
import { beyondCapacity, mostAtOnce } from "../../api/booking/capacity-rules";

const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h));
const booking = (id: string, from: number, to: number, made: number, quantity = 1) => ({
  id,
  startsAt: at(from),
  endsAt: at(to),
  quantity,
  createdAt: new Date(made),
});

describe("who a lowered capacity leaves without a place", () => {
  it("leaves out the last made, as the engine would have refused them", () => {
    const list = [booking("c", 11, 13, 3), booking("a", 11, 13, 1), booking("b", 11, 13, 2)];
    expect(beyondCapacity(list, 1).map((b) => b.id)).toEqual(["b", "c"]);
    expect(beyondCapacity(list, 3)).toEqual([]);
    expect(beyondCapacity(list, 0).map((b) => b.id)).toEqual(["a", "b", "c"]);
  });

  it("lets bookings at different times share one place, and keeps the given order for the same millisecond", () => {
    const seat = [booking("morning", 8, 10, 5), booking("noon", 10, 12, 5), booking("overlap", 9, 11, 5)];
    expect(beyondCapacity(seat, 1).map((b) => b.id)).toEqual(["overlap"]);
    expect(mostAtOnce(seat)).toBe(2);
  });

  it("counts quantities", () => {
    expect(beyondCapacity([booking("group", 8, 9, 1, 3), booking("one", 8, 9, 2)], 3).map((b) => b.id)).toEqual([
      "one",
    ]);
    expect(mostAtOnce([booking("group", 8, 9, 1, 3), booking("one", 8, 9, 2)])).toBe(4);
  });
});
