import type { Context } from "hono";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import pkg from "../package.json";
import { babyRoomAdminRoutes } from "./baby-room/admin-routes";
import { babyRoomKioskRoutes } from "./baby-room/kiosk-routes";
import { facilityAdminRoutes } from "./booking/admin-routes";
import { liveRoutes } from "./community/live-routes";
import { canteenAdminRoutes } from "./canteen/admin-routes";
import { canteenKioskRoutes } from "./canteen/kiosk-routes";
import { canteenStaffRoutes } from "./canteen/staff-routes";
import { communityRoutes } from "./community/routes";
import { kioskRoutes, kioskTokenScheme } from "./identity/routes";
import { identityStaffRoutes } from "./identity/staff-routes";
import { kioskHomeRoutes } from "./home/routes";
import { peopleRoutes } from "./people/routes";
import type { AppEnv, Deps } from "./shared/context";
import { errorResponse, onError } from "./shared/on-error";
import { createRouter } from "./shared/router";
import { reportRoutes } from "./reports/routes";
import { stationAdminRoutes } from "./station/admin-routes";
import { stationKioskRoutes } from "./station/kiosk-routes";
import { studyRoomAdminRoutes } from "./study-room/admin-routes";
import { studyRoomKioskRoutes } from "./study-room/kiosk-routes";
import { sameOriginWrites } from "./shared/same-origin";
import { securityHeaders } from "./shared/security-headers";
import { staticCacheHeaders } from "./shared/static-cache";
import { authRoutes, staffRoutes } from "./staff/routes";
import { renderDocsPage } from "./system/docs-page";
import { systemRoutes } from "./system/routes";

/**
 * The one app both runtimes serve. Dependencies come from the caller: Node hands in a
 * long-lived db, the Worker builds one per request from its bindings.
 */
export function createApp(getDeps: (c: Context) => Deps) {
  const app = createRouter();
  app.onError(onError);
  app.notFound((c) => errorResponse(c, 404, "NOT_FOUND", `No such path: ${c.req.path}`));
  app.use("*", requestId(), securityHeaders());
  // The kiosk and admin builds, served by api/node.ts from dist/ and by api/worker.ts from Assets.
  app.use("/kiosk/*", staticCacheHeaders());
  app.use("/admin/*", staticCacheHeaders());
  app.use("/api/*", async (c, next) => {
    c.set("deps", getDeps(c));
    const { allowedOrigins } = c.var.deps.config;
    // CORS stays closed (no headers at all) unless origins are configured.
    if (allowedOrigins.length === 0) return next();
    return cors({ origin: allowedOrigins, credentials: true })(c, next);
  });
  app.use("/api/*", async (c, next) => sameOriginWrites(c.var.deps.config.allowedOrigins)(c, next));

  const api = app
    .route("/api", systemRoutes)
    .route("/api/auth", authRoutes)
    .route("/api/communities", communityRoutes)
    .route("/api/communities", staffRoutes)
    .route("/api/communities", identityStaffRoutes)
    .route("/api/communities", peopleRoutes)
    .route("/api/communities", canteenStaffRoutes)
    .route("/api/communities", canteenAdminRoutes)
    .route("/api/communities", studyRoomAdminRoutes)
    .route("/api/communities", babyRoomAdminRoutes)
    .route("/api/communities", stationAdminRoutes)
    .route("/api/communities", facilityAdminRoutes)
    .route("/api/communities", liveRoutes)
    .route("/api", reportRoutes)
    .route("/api/kiosk", kioskRoutes)
    .route("/api/kiosk", kioskHomeRoutes)
    .route("/api/kiosk/canteen", canteenKioskRoutes)
    .route("/api/kiosk/study-room", studyRoomKioskRoutes)
    .route("/api/kiosk/baby-room", babyRoomKioskRoutes)
    .route("/api/kiosk/station", stationKioskRoutes);

  app.openAPIRegistry.registerComponent("securitySchemes", "kioskToken", kioskTokenScheme);
  const docConfig = {
    openapi: "3.1.0",
    info: {
      title: "Linli",
      version: pkg.version,
      description: "Kiosk and booking system for a community's shared facilities",
    },
    tags: [
      { name: "system", description: "Health and documentation" },
      { name: "staff", description: "Staff sign-in, accounts and the audit log" },
      { name: "community", description: "Communities and their facilities" },
      {
        name: "facilities",
        description: "Every facility at once: closures, capacity templates and changes, today's live operations",
      },
      { name: "identity", description: "Kiosk devices, passes, face entry, kiosk sessions and staff calls" },
      { name: "people", description: "Residents, couriers and children" },
      { name: "canteen", description: "Meals, prices and subsidies, meal cards, delivery and settlement" },
      {
        name: "reports",
        description: "A month on charts across the facilities, with CSV, and the district's communities compared",
      },
      {
        name: "baby-room",
        description:
          "Session types, weekly sessions, the free-session ledger, check-in and check-out by guardians, pickup codes",
      },
      {
        name: "study-room",
        description: "Seats, opening hours, time-range bookings, check-in, 暂离, waitlist, no-shows and bans",
      },
      {
        name: "station",
        description:
          "Couriers, the door by pass or face, live occupancy, the women-only area, showers, the signed door relay",
      },
    ],
  };
  app.doc31("/api/openapi.json", docConfig);
  app.get("/api/docs", (c) =>
    c.html(renderDocsPage(app.getOpenAPI31Document(docConfig) as unknown as Parameters<typeof renderDocsPage>[0])),
  );
  app.get("/", (c) => c.redirect("/admin/"));
  return api;
}

export type AppType = ReturnType<typeof createApp>;
export type { ErrorCode } from "./shared/error-codes";
export type { AppEnv };
