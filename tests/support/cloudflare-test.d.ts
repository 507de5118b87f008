// The part of @cloudflare/vitest-pool-workers' "cloudflare:test" module the worker target uses.
// Declared here rather than through the package's own types, which need the Workers globals
// (D1Database, Fetcher…) that would clash with the DOM types the rest of the tree compiles with.
declare module "cloudflare:test" {
  import type { D1Database, ExecutionContext, ScheduledController } from "@cloudflare/workers-types";

  export type D1Migration = { name: string; queries: string[] };
  export const env: Record<string, unknown> & { TEST_MIGRATIONS: D1Migration[] };
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[], table?: string): Promise<void>;
  export function createExecutionContext(): ExecutionContext;
  export function waitOnExecutionContext(ctx: ExecutionContext): Promise<void>;
  export function createScheduledController(options?: {
    scheduledTime?: Date | number;
    cron?: string;
  }): ScheduledController;
}
