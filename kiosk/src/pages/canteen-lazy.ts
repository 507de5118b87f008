import { lazy } from "preact-iso";

/** The canteen screens load on first use; the session screen preloads them when 点餐 is offered. */
export const LazyCanteenPage = lazy(() => import("./canteen-page").then((m) => m.CanteenPage));
