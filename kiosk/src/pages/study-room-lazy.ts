import { lazy } from "preact-iso";

/** The study-room screens load on first use; the session screen preloads them when 自习室 is offered. */
export const LazyStudyRoomPage = lazy(() => import("./study-room-page").then((m) => m.StudyRoomPage));
