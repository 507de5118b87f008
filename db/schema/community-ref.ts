import { text } from "drizzle-orm/sqlite-core";
import { communities } from "./community";

/** The community a row belongs to: every row that belongs to one carries it, and every query is scoped by it. */
export const communityId = () =>
  text("community_id")
    .notNull()
    .references(() => communities.id);
