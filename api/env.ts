import { z } from "zod";

// The only place that reads process.env or Worker bindings; everything else gets a Config.
const ConfigSchema = z.object({
  DATABASE_URL: z.string().min(1).default("file:data/linli.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(8080),
  LINLI_SEED: z.enum(["demo", "none"]).default("demo"),
  // "auto" marks cookies Secure on https and on localhost (which browsers treat as secure).
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  // CORS is closed unless origins are listed here (comma-separated).
  ALLOWED_ORIGINS: z.string().default(""),
  // For browser tests and demos: the server's clock starts at this instant and runs on from there.
  LINLI_FAKE_NOW: z.iso.datetime().optional(),
  // Largest gap between two keys of one USB-scanner scan, in ms (slow scanners need more).
  LINLI_SCANNER_MAX_GAP_MS: z.coerce.number().int().min(10).max(1000).optional(),
  // 32 random bytes, base64url: encrypts face descriptors and phone-pass keys at rest.
  // A list `id:key,…` rotates: the first encrypts, all decrypt (api/shared/data-key.ts).
  LINLI_DATA_KEY: z
    .string()
    .regex(
      /^(?:[A-Za-z0-9_-]{1,16}:)?[A-Za-z0-9_-]{43}(?:,(?:[A-Za-z0-9_-]{1,16}:)?[A-Za-z0-9_-]{43})*$/,
      "32 bytes, base64url; or a comma-separated list of id:key, the first encrypting",
    )
    .optional(),
});

export type Config = {
  databaseUrl: string;
  databaseAuthToken?: string;
  port: number;
  seed: "demo" | "none";
  cookieSecure: "auto" | "true" | "false";
  allowedOrigins: string[];
  dataKey?: string;
  fakeNow?: string;
  scannerMaxGapMs?: number;
};

export function parseConfig(raw: Record<string, unknown>): Config {
  const env = ConfigSchema.parse(raw);
  return {
    databaseUrl: env.DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN,
    port: env.PORT,
    seed: env.LINLI_SEED,
    cookieSecure: env.COOKIE_SECURE,
    allowedOrigins: env.ALLOWED_ORIGINS.split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    dataKey: env.LINLI_DATA_KEY,
    fakeNow: env.LINLI_FAKE_NOW,
    scannerMaxGapMs: env.LINLI_SCANNER_MAX_GAP_MS,
  };
}

export const configFromProcessEnv = (): Config =>
  parseConfig((globalThis as { process?: { env: Record<string, unknown> } }).process?.env ?? {});

/** Worker bindings hold strings (vars) beside objects (D1, assets); only the strings are config. */
export const configFromBindings = (bindings: object): Config =>
  parseConfig(Object.fromEntries(Object.entries(bindings).filter(([, v]) => typeof v === "string")));
