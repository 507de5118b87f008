import { keyed } from "../shared/idempotency";
import { createRouter, readInput, sendCsv, staffInput } from "../shared/router";
import { inRoomNow, doorEvents, sessionWeek } from "./admin/calendar";
import { addBabyRoomClosure, listBabyRoomClosures, removeBabyRoomClosure } from "./admin/closures";
import { addGuardian, removeGuardian } from "./admin/guardians";
import { adjustAllowance, childLedger } from "./admin/ledger";
import { monthlyReport, reportCsv } from "./admin/report";
import { addSession, addTemplate, makeWeek, updateTemplate } from "./admin/sessions";
import { deleteTemplate, removeSession, updateSession } from "./admin/edit-sessions";
import { updateBabyRoomPolicy } from "./admin/policy";
import { addSessionType, updateSessionType } from "./admin/session-types";
import { babyRoomSetup } from "./admin/setup";
import * as op from "./admin-operations";

export const babyRoomAdminRoutes = createRouter()
  .openapi(op.getBabyRoomSetup, async (c) => c.json(await babyRoomSetup(c.var.deps, readInput(c)), 200))
  .openapi(op.updateBabyRoomPolicy, async (c) => c.json(await updateBabyRoomPolicy(c.var.deps, staffInput(c)), 200))
  .openapi(op.addBabySessionType, async (c) => c.json(await addSessionType(c.var.deps, staffInput(c)), 201))
  .openapi(op.updateBabySessionType, async (c) => c.json(await updateSessionType(c.var.deps, staffInput(c)), 200))
  .openapi(op.addBabySessionTemplate, async (c) => c.json(await addTemplate(c.var.deps, staffInput(c)), 201))
  .openapi(op.updateBabySessionTemplate, async (c) => c.json(await updateTemplate(c.var.deps, staffInput(c)), 200))
  .openapi(op.deleteBabySessionTemplate, async (c) => c.json(await deleteTemplate(c.var.deps, staffInput(c)), 200))
  .openapi(op.makeBabyRoomWeek, async (c) => c.json(await makeWeek(c.var.deps, staffInput(c)), 200))
  .openapi(op.addBabySession, async (c) => c.json(await addSession(c.var.deps, staffInput(c)), 201))
  .openapi(op.updateBabySession, async (c) => c.json(await updateSession(c.var.deps, staffInput(c)), 200))
  .openapi(op.removeBabySession, async (c) => c.json(await removeSession(c.var.deps, staffInput(c)), 200))
  .openapi(op.getBabyRoomWeek, async (c) =>
    c.json(await sessionWeek(c.var.deps, { ...c.req.valid("param"), monday: c.req.valid("query").week }), 200),
  )
  .openapi(op.getBabyRoomInRoom, async (c) => c.json(await inRoomNow(c.var.deps, readInput(c)), 200))
  .openapi(op.getBabyRoomDoorEvents, async (c) =>
    c.json(await doorEvents(c.var.deps, c.req.valid("param").communityId), 200),
  )
  .openapi(op.getAllowanceLedger, async (c) => c.json(await childLedger(c.var.deps, readInput(c)), 200))
  .openapi(op.adjustAllowance, async (c) =>
    c.json(
      await keyed(c, "adjustAllowance", c.req.valid("json"), (claimId) =>
        adjustAllowance(c.var.deps, { ...staffInput(c), idempotencyKey: claimId }),
      ),
      200,
    ),
  )
  .openapi(op.addGuardian, async (c) => c.json(await addGuardian(c.var.deps, staffInput(c)), 201))
  .openapi(op.removeGuardian, async (c) => c.json(await removeGuardian(c.var.deps, staffInput(c)), 200))
  .openapi(op.listBabyRoomClosures, async (c) => c.json(await listBabyRoomClosures(c.var.deps, readInput(c)), 200))
  .openapi(op.addBabyRoomClosure, async (c) => c.json(await addBabyRoomClosure(c.var.deps, staffInput(c)), 201))
  .openapi(op.removeBabyRoomClosure, async (c) => c.json(await removeBabyRoomClosure(c.var.deps, staffInput(c)), 200))
  .openapi(op.getBabyRoomReport, async (c) => c.json(await monthlyReport(c.var.deps, readInput(c)), 200))
  .openapi(op.getBabyRoomReportCsv, async (c) => {
    const report = await monthlyReport(c.var.deps, readInput(c));
    return sendCsv(c, `baby-room-${c.req.valid("query").year}.csv`, `\uFEFF${reportCsv(report)}`);
  });
