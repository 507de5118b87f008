import { integer, text } from "drizzle-orm/sqlite-core";

// UTC instants are stored as integer milliseconds; rules convert to the community's zone.
export const instant = (name: string) => integer(name, { mode: "timestamp_ms" });
export const id = () => text("id").primaryKey();
export const createdAt = () => instant("created_at").notNull();
