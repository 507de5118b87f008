import { createNodeDb } from "../db/node-db";
import { migrateDb } from "../db/migrate";
import { configFromProcessEnv } from "./env";

// `npm run db:migrate`: db/migrations applied to DATABASE_URL (a libSQL file, or Turso with
// DATABASE_AUTH_TOKEN) through drizzle's ledger, as api/node.ts does at start. D1 has its own
// ledger and command (wrangler d1 migrations apply); see README "One set of migrations".
const config = configFromProcessEnv();
await migrateDb(createNodeDb({ url: config.databaseUrl, authToken: config.databaseAuthToken }));
console.log(`Migrated ${new URL(config.databaseUrl).host || config.databaseUrl}`);
