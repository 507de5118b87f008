import { type AnySQLiteColumn, integer, text } from "drizzle-orm/sqlite-core";

// UTC instants are stored as integer milliseconds; rules convert to the community's zone.
export const instant = (name: string) => integer(name, { mode: "timestamp_ms" });
export const id = () => text("id").primaryKey();
export const createdAt = () => instant("created_at").notNull();
export const updatedAt = () => instant("updated_at").notNull();

/** A column that must name a row of another table. */
export const ref = (name: string, target: () => AnySQLiteColumn) => text(name).notNull().references(target);

/** Whom a row is for: a kind of person (resident, courier, child) and their id. */
export const holder = <const K extends readonly [string, ...string[]]>(kinds: K) => ({
  holderKind: text("holder_kind", { enum: kinds }).notNull(),
  holderId: text("holder_id").notNull(),
});

/** An entity's allowed status changes, as data next to its table: from each status, where it may go. */
export type Transitions<S extends string> = { readonly [From in S]: readonly S[] };

/** The statuses a change to `to` may start from: the guard of every UPDATE that makes it. */
export const sourcesOf = <S extends string>(transitions: Transitions<S>, to: S): S[] =>
  (Object.keys(transitions) as S[]).filter((from) => transitions[from].includes(to));
