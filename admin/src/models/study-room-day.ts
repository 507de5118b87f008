import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { studyApi, studyKey } from "./study-room";

/** Every seat's state now and its bookings of the day, with the holders' names. */
export const liveMap = resource(studyKey, async (id) =>
  unwrap(studyApi.live.$get({ param: { communityId: id }, query: {} })),
);

export type LiveMap = NonNullable<typeof liveMap.data.value>;
export type LiveSeat = LiveMap["seats"][number];
export type SeatState = LiveSeat["state"];
export type SeatBooking = LiveSeat["bookings"][number];

/** Bookings that hold their seat (and that staff may still cancel), as the API counts them. */
export const holdingStatuses = new Set<SeatBooking["status"]>(["held", "confirmed", "checked_in"]);

/** The booking a seat's state comes from: the one holding it at this moment. */
export const currentBooking = (seat: LiveSeat, now: string) =>
  seat.bookings.find((b) => holdingStatuses.has(b.status) && b.startsAt <= now && now < b.endsAt);

/** When the live map was last read, for the "updated at" line. */
export const liveRefreshedAt = signal<Date | null>(null);

export async function refreshLiveMap() {
  await liveMap.reload();
  liveRefreshedAt.value = new Date();
}

/** Staff override: the person sees the reason at the kiosk, and it is no strike against them. */
export async function cancelStudyBooking(id: string, bookingId: string, reason: string) {
  await unwrap(
    studyApi.bookings[":bookingId"].cancel.$post({ param: { communityId: id, bookingId }, json: { reason } }),
  );
  await refreshLiveMap();
}

/** No-shows in the strike window with each person's strikes, and the bans in force or recently ended. */
export const noShows = resource(studyKey, async (id) =>
  unwrap(studyApi["no-shows"].$get({ param: { communityId: id } })),
);

export type NoShowReport = NonNullable<typeof noShows.data.value>;
export type NoShow = NoShowReport["noShows"][number];
export type Ban = NoShowReport["bans"][number];

export async function liftBan(id: string, banId: string, reason: string) {
  await unwrap(studyApi.bans[":banId"].lift.$post({ param: { communityId: id, banId }, json: { reason } }));
  await noShows.reload();
}

/** `until` is a local date: the ban runs to the end of that day. */
export async function extendBan(id: string, banId: string, until: string, reason: string) {
  await unwrap(studyApi.bans[":banId"].extend.$post({ param: { communityId: id, banId }, json: { until, reason } }));
  await noShows.reload();
}
