import { lazy } from "preact-iso";

/** The showers screen loads on first use; the session screen preloads it when 淋浴间 is offered. */
export const LazyShowersPage = lazy(() => import("./showers-page").then((m) => m.ShowersPage));
