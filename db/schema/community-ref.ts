import { text } from "drizzle-orm/sqlite-core";
import { communities, facilities } from "./community";

/** The community a row belongs to: every row that belongs to one carries it, and every query is scoped by it. */
export const communityId = () =>
  text("community_id")
    .notNull()
    .references(() => communities.id);

/** The facility a row belongs to (a seat, a session, a door, a rule …). */
export const facilityId = () =>
  text("facility_id")
    .notNull()
    .references(() => facilities.id);
