/** How far a facility's screen has loaded what it shows (the study room, the baby room). */
export type AreaLoadState = { kind: "loading" } | { kind: "ready" } | { kind: "failed"; error: unknown };
