import { describe, expect, it } from "vitest";
import {
  bookingStatuses,
  bookingTransitions,
  orderStatuses,
  orderTransitions,
  waitlistStatuses,
  waitlistTransitions,
} from "../../db/schema";
import { sourcesOf, type Transitions } from "../../db/schema/columns";

const entities: [string, readonly string[], Transitions<string>][] = [
  ["meal order", orderStatuses, orderTransitions],
  ["booking", bookingStatuses, bookingTransitions],
  ["waitlist entry", waitlistStatuses, waitlistTransitions],
];

describe("allowed status transitions, as data next to each schema", () => {
  it.each(entities)(
    "names every %s status once, and moves only to known statuses, never to itself",
    (_, statuses, map) => {
      expect(Object.keys(map).sort()).toEqual([...statuses].sort());
      for (const [from, tos] of Object.entries(map)) {
        for (const to of tos) expect(statuses).toContain(to);
        expect(tos).not.toContain(from);
      }
    },
  );

  it.each(entities)("lets a %s reach every status but its first from somewhere", (_, statuses, map) => {
    const reachable = new Set(Object.values(map).flat());
    expect(statuses.filter((s) => !reachable.has(s))).toEqual([statuses[0]]);
  });

  it("cancels only a placed meal, and serves only a placed one; a door not answered may be tried again", () => {
    expect(sourcesOf(orderTransitions, "cancelled")).toEqual(["placed"]);
    expect(sourcesOf(orderTransitions, "served")).toEqual(["placed"]);
    expect(sourcesOf(orderTransitions, "delivered")).toEqual(["placed", "no_answer"]);
  });

  it("gives a booking's place back only from a status that holds one", () => {
    expect(sourcesOf(bookingTransitions, "cancelled")).toEqual(["held", "confirmed"]);
    expect(sourcesOf(bookingTransitions, "completed")).toEqual(["checked_in"]);
    expect(sourcesOf(bookingTransitions, "held")).toEqual([]);
  });
});
