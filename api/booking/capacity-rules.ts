import type { TimeRange } from "./rules";

export type Placed = TimeRange & { id: string; quantity: number; createdAt: Date };

/**
 * The bookings a capacity leaves without a place, as the booking engine would have decided had the
 * capacity been this from the start: in the order they were made, each takes a place if the
 * bookings already placed that overlap it leave one (the engine's own count), else it is beyond.
 * The last made are the first beyond, so no one who booked early loses their place to a later one.
 */
export function beyondCapacity<T extends Placed>(bookings: readonly T[], capacity: number): T[] {
  const placed: T[] = [];
  const beyond: T[] = [];
  // A stable sort: bookings made in the same millisecond keep the order they were given in (the table's).
  for (const b of [...bookings].sort((x, y) => +x.createdAt - +y.createdAt)) {
    const taken = placed
      .filter((p) => p.startsAt < b.endsAt && p.endsAt > b.startsAt)
      .reduce((sum, p) => sum + p.quantity, 0);
    (taken + b.quantity <= capacity ? placed : beyond).push(b);
  }
  return beyond;
}

/** The most places held at once among these bookings (what "booked" means for a resource on a day). */
export function mostAtOnce(bookings: readonly Placed[]): number {
  return bookings.reduce(
    (most, b) =>
      Math.max(
        most,
        bookings
          .filter((o) => o.startsAt <= b.startsAt && o.endsAt > b.startsAt)
          .reduce((sum, o) => sum + o.quantity, 0),
      ),
    0,
  );
}
