import { integer, text } from "drizzle-orm/sqlite-core";

// UTC instants are stored as integer milliseconds; rules convert to the community's zone.
export const instant = (name: string) => integer(name, { mode: "timestamp_ms" });
export const id = () => text("id").primaryKey();
export const createdAt = () => instant("created_at").notNull();

/** An entity's allowed status changes, as data next to its table: from each status, where it may go. */
export type Transitions<S extends string> = { readonly [From in S]: readonly S[] };

/** The statuses a change to `to` may start from: the guard of every UPDATE that makes it. */
export const sourcesOf = <S extends string>(transitions: Transitions<S>, to: S): S[] =>
  (Object.keys(transitions) as S[]).filter((from) => transitions[from].includes(to));
