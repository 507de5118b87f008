import { text } from "drizzle-orm/sqlite-core";
import { id, ref } from "./columns";
import { communities, facilities } from "./community";

/** The community a row belongs to: every row that belongs to one carries it, and every query is scoped by it. */
export const communityId = () => ref("community_id", () => communities.id);

/** The facility a row belongs to (a seat, a session, a door, a rule …). */
export const facilityId = () => ref("facility_id", () => facilities.id);

/** The columns a community's own row opens with: its id and its community. */
export const communityRow = () => ({ id: id(), communityId: communityId() });

/** The columns a facility's own row opens with: its id, its community and its facility. */
export const facilityRow = () => ({ ...communityRow(), facilityId: facilityId() });

/** The key of a facility's one settings row (its policy), with the community it belongs to. */
export const facilitySettingsKey = () => ({
  facilityId: text("facility_id")
    .primaryKey()
    .references(() => facilities.id),
  communityId: communityId(),
});
