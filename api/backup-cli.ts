// npx tsx api/backup-cli.ts backups/linli-2026-11-23.db  (DATABASE_URL as for the server)
import { configFromProcessEnv } from "./env";
import { backupTo } from "../db/backup";
import { createNodeDb } from "../db/node-db";

const target = process.argv[2];
if (!target) throw new Error("Usage: tsx api/backup-cli.ts <new backup file>");
const config = configFromProcessEnv();
await backupTo(createNodeDb({ url: config.databaseUrl, authToken: config.databaseAuthToken }), target);
console.log(`Backed up ${config.databaseUrl} to ${target}`);
