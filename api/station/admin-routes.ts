import { setKioskMode } from "../identity/set-kiosk-mode";
import { cid, createRouter, readInput, sendCsv, staffAct, staffInput } from "../shared/router";
import { listAmenities, setAmenities } from "./amenities";
import { createDoor, listStationDoors, setDoorRelay } from "./door-settings";
import { listStationCouriers } from "./list-station-couriers";
import { listDoorEvents } from "./list-door-events";
import { liveOccupancy } from "./live-occupancy";
import { openDoorRemotely } from "./open-door-remotely";
import { reviewCourier } from "./review-courier";
import { showerBoard } from "./showers";
import { entriesByTime, visitsCsv } from "./visit-reports";
import * as op from "./admin-operations";

export const stationAdminRoutes = createRouter()
  .openapi(op.listStationCouriers, async (c) =>
    c.json(
      {
        couriers: await listStationCouriers(c.var.deps, {
          communityId: cid(c),
          viewer: c.var.staff.role,
          status: c.req.valid("query").status,
        }),
      },
      200,
    ),
  )
  .openapi(op.reviewCourier, async (c) => c.json(await reviewCourier(c.var.deps, staffInput(c)), 200))
  .openapi(op.stationOccupancy, async (c) => c.json(await liveOccupancy(c.var.deps, readInput(c)), 200))
  .openapi(op.listStationDoors, async (c) => c.json({ doors: await listStationDoors(c.var.deps, readInput(c)) }, 200))
  .openapi(op.createStationDoor, async (c) => c.json(await createDoor(c.var.deps, staffInput(c)), 201))
  .openapi(op.listDoorEvents, async (c) =>
    c.json({ events: await listDoorEvents(c.var.deps, { communityId: cid(c), opts: c.req.valid("query") }) }, 200),
  )
  .openapi(op.setDoorRelay, async (c) => c.json(await setDoorRelay(c.var.deps, staffInput(c)), 200))
  .openapi(op.openDoorRemotely, async (c) => c.json(await openDoorRemotely(c.var.deps, staffInput(c)), 200))
  .openapi(op.stationShowersAdmin, async (c) => c.json(await showerBoard(c.var.deps, readInput(c)), 200))
  .openapi(op.listStationAmenities, async (c) =>
    c.json({ amenities: await listAmenities(c.var.deps, readInput(c)) }, 200),
  )
  .openapi(op.setStationAmenities, async (c) =>
    c.json(
      {
        amenities: await setAmenities(c.var.deps, { ...staffAct(c), list: c.req.valid("json").amenities }),
      },
      200,
    ),
  )
  .openapi(op.stationEntries, async (c) =>
    c.json(await entriesByTime(c.var.deps, { communityId: cid(c), range: c.req.valid("query") }), 200),
  )
  .openapi(op.stationVisitsCsv, async (c) =>
    sendCsv(c, `station-visits-${c.req.valid("query").month}.csv`, await visitsCsv(c.var.deps, readInput(c))),
  )
  .openapi(op.setKioskMode, async (c) =>
    c.json(await setKioskMode(c.var.deps, { ...staffAct(c), mode: c.req.valid("json") }), 200),
  );
