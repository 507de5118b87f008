import type { Db } from "../../db/client";
import type { StaffRole } from "../../db/schema";
import type { Config } from "../env";
import type { Clock } from "./clock";
import type { ConfigCache } from "./config-cache";

/** What a verb needs from the outside world; handed in, never imported. */
export type Deps = {
  db: Db;
  clock: Clock;
  config: Config;
  /** Configuration cached per process or isolate (api/shared/config-cache.ts); none: every read goes to the database. */
  configCache?: ConfigCache;
  /** Outgoing HTTP (the door relay's webhook); the runtime's own fetch unless a caller hands one in. */
  fetch?: typeof fetch;
};

export type StaffPrincipal = {
  id: string;
  districtId: string;
  communityId: string | null;
  username: string;
  displayName: string;
  role: StaffRole;
  sessionTokenHash: string;
};

export type KioskPrincipal = {
  id: string;
  communityId: string;
  facilityId: string;
  name: string;
  /** No camera may be used here: passes only. */
  passOnly?: boolean;
  /** The station door this kiosk opens, and which way it lets people through. */
  doorId?: string | null;
  doorDirection?: "entry" | "exit" | "both" | null;
};

export type KioskSessionPrincipal = {
  tokenHash: string;
  holder: { kind: "resident" | "courier" | "child"; id: string };
  method: string;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    staff: StaffPrincipal;
    kiosk: KioskPrincipal;
    kioskSession: KioskSessionPrincipal;
  };
};
