import { createRouter, readInput, staffAct, staffInput } from "../shared/router";
import { isoOrNull } from "../shared/time";
import { cancelBookingFor } from "./admin/cancel-booking-for";
import { extendBan, liftBan } from "./admin/change-ban";
import { addSeat, updateSeat } from "./admin/edit-seats";
import { liveMap } from "./admin/live-map";
import { noShowReport } from "./admin/no-shows";
import * as op from "./admin/operations";
import { returnSeatToService, takeSeatOutOfService } from "./admin/seat-service";
import { addClosure, removeClosure, setBookingPolicy, setWeeklyHours } from "./admin/set-schedule";
import { studyRoomSetup } from "./admin/study-room-setup";
import { studyUtilisation } from "./admin/utilisation";

const banView = (b: { id: string; endsAt: Date; liftedAt: Date | null }) => ({
  id: b.id,
  endsAt: b.endsAt.toISOString(),
  liftedAt: isoOrNull(b.liftedAt),
});

export const studyRoomAdminRoutes = createRouter()
  .openapi(op.getStudyRoomSetup, async (c) => c.json(await studyRoomSetup(c.var.deps, c.req.valid("param")), 200))
  .openapi(op.addStudySeat, async (c) => c.json(await addSeat(c.var.deps, staffInput(c)), 201))
  .openapi(op.updateStudySeat, async (c) => c.json(await updateSeat(c.var.deps, staffInput(c)), 200))
  .openapi(op.takeStudySeatOutOfService, async (c) =>
    c.json(await takeSeatOutOfService(c.var.deps, staffInput(c)), 200),
  )
  .openapi(op.returnStudySeatToService, async (c) => c.json(await returnSeatToService(c.var.deps, staffAct(c)), 200))
  .openapi(op.setStudyRoomHours, async (c) => c.json(await setWeeklyHours(c.var.deps, staffInput(c)), 200))
  .openapi(op.setStudyRoomPolicy, async (c) => c.json(await setBookingPolicy(c.var.deps, staffInput(c)), 200))
  .openapi(op.addStudyRoomClosure, async (c) => c.json(await addClosure(c.var.deps, staffInput(c)), 201))
  .openapi(op.removeStudyRoomClosure, async (c) => c.json(await removeClosure(c.var.deps, staffAct(c)), 200))
  .openapi(op.getStudyRoomLiveMap, async (c) => c.json(await liveMap(c.var.deps, readInput(c)), 200))
  .openapi(op.cancelStudyBookingForResident, async (c) =>
    c.json(await cancelBookingFor(c.var.deps, staffInput(c)), 200),
  )
  .openapi(op.getStudyRoomUtilisation, async (c) => c.json(await studyUtilisation(c.var.deps, readInput(c)), 200))
  .openapi(op.getStudyRoomNoShows, async (c) => c.json(await noShowReport(c.var.deps, c.req.valid("param")), 200))
  .openapi(op.liftStudyRoomBan, async (c) => c.json(banView(await liftBan(c.var.deps, staffInput(c))), 200))
  .openapi(op.extendStudyRoomBan, async (c) => c.json(banView(await extendBan(c.var.deps, staffInput(c))), 200));
