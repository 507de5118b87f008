import { lazy } from "preact-iso";

/** The baby-room screens load on first use; the session screen preloads them when 宝宝屋 is offered. */
export const LazyBabyRoomPage = lazy(() => import("./baby-room-page").then((m) => m.BabyRoomPage));
/** The pickup-code pad, for a person without a pass collecting a child at the room's kiosk. */
export const LazyBabyPickupPage = lazy(() => import("./baby-pickup-page").then((m) => m.BabyPickupPage));
