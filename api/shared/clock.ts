/** Every rule and verb asks this for "now", so tests can move time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and runs at real speed from there (browser tests, demos). */
export function shiftedClock(start: Date | string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** A clock tests can set and advance. */
export function manualClock(start: Date | string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at: Date | string) => void (current = new Date(at)),
    advance: (ms: number) => void (current = new Date(current.getTime() + ms)),
  };
}
