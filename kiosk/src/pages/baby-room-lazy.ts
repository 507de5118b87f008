import { lazy } from "preact-iso";

/** The baby-room screens load on first use; the session screen preloads them when 宝宝屋 is offered. */
export const LazyBabyRoomPage = lazy(() => import("./baby-room-page").then((m) => m.BabyRoomPage));
