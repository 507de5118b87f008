import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

const station = () => api.communities[":communityId"].station;
const stationKey = () => (may.station.value ? communityId.value : null);

/** Live occupancy and who is inside; the page reloads it every few seconds while open. */
export const occupancy = resource(stationKey, (id) => unwrap(station().occupancy.$get({ param: { communityId: id } })));
export const pendingCouriers = resource(
  stationKey,
  async (id) =>
    (await unwrap(station().couriers.$get({ param: { communityId: id }, query: { status: "pending" } }))).couriers,
);
export const stationDoors = resource(
  stationKey,
  async (id) => (await unwrap(station().doors.$get({ param: { communityId: id } }))).doors,
);

export const verifyCourier = (courierId: string, reason: string) =>
  unwrap(
    station().couriers[":courierId"].review.$post({
      param: { communityId: communityId.value!, courierId },
      json: { act: "verify", reason },
    }),
  );

type OpenBody = { reason: string; test: true } | { reason: string; courierId: string; direction: "in" | "out" };
/** A test open, or an open for a named rider (counted in occupancy like a pass), audited with its reason. */
export const openDoor = (doorId: string, json: OpenBody) =>
  unwrap(station().doors[":doorId"].open.$post({ param: { communityId: communityId.value!, doorId }, json }));
export const testOpenDoor = (doorId: string, reason: string) => openDoor(doorId, { reason, test: true });

export const reviewCourier = (courierId: string, act: "verify" | "suspend" | "reinstate", reason: string) =>
  unwrap(
    station().couriers[":courierId"].review.$post({
      param: { communityId: communityId.value!, courierId },
      json: { act, reason },
    }),
  );

type DoorBody = { name: string; areaId: string | null; webhookUrl: string | null; secret?: string };
export const createDoor = (json: DoorBody) =>
  unwrap(station().doors.$post({ param: { communityId: communityId.value! }, json }));
/** The relay's URL, and a new secret only when one is typed: the old one is never shown back. */
export const setDoorRelay = (doorId: string, json: { webhookUrl: string | null; secret?: string }) =>
  unwrap(station().doors[":doorId"].relay.$put({ param: { communityId: communityId.value!, doorId }, json }));

export const amenities = resource(
  stationKey,
  async (id) => (await unwrap(station().amenities.$get({ param: { communityId: id } }))).amenities,
);
export type Amenity = NonNullable<typeof amenities.data.value>[number];
export const saveAmenities = (list: Amenity[]) =>
  unwrap(station().amenities.$put({ param: { communityId: communityId.value! }, json: { amenities: list } }));

export const showerBoard = resource(stationKey, (id) => unwrap(station().showers.$get({ param: { communityId: id } })));
export const stationCouriers = resource(
  stationKey,
  async (id) => (await unwrap(station().couriers.$get({ param: { communityId: id }, query: {} }))).couriers,
);
export const entriesFor = (from: string, to: string) =>
  unwrap(station().reports.entries.$get({ param: { communityId: communityId.value! }, query: { from, to } }));
/** The month's visits as CSV: a plain link, so the browser downloads it with the session cookie. */
export const visitsCsvHref = (month: string) =>
  `/api/communities/${communityId.value}/station/reports/visits.csv?month=${month}`;
