import { describe, expect, it } from "vitest";
import { newId } from "../../api/shared/crypto";

// Row ids are UUIDs of version 7: the time first, so an index of ids grows at its end.
describe("newId", () => {
  it("is an RFC 9562 version 7 UUID carrying the time it was made", () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const made = Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(made).toBeGreaterThanOrEqual(before);
    expect(made).toBeLessThanOrEqual(after);
  });

  it("sorts ids made in a later millisecond after earlier ones, and never repeats", () => {
    const first = newId();
    const start = Date.now();
    while (Date.now() === start) {
      // wait for the clock to move on: the order is by millisecond
    }
    const ids = Array.from({ length: 1000 }, newId);
    expect(ids.every((id) => id > first)).toBe(true);
    expect(new Set(ids).size).toBe(1000);
  });
});
