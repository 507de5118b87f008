import { attachment } from "../shared/csv";
import { keyed } from "../shared/idempotency";
import { createRouter } from "../shared/router";
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
  .openapi(op.getBabyRoomSetup, async (c) =>
    c.json(await babyRoomSetup(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(op.updateBabyRoomPolicy, async (c) =>
    c.json(
      await updateBabyRoomPolicy(c.var.deps, {
        actor: c.var.staff,
        communityId: c.req.valid("param").communityId,
        ...c.req.valid("json"),
      }),
      200,
    ),
  )
  .openapi(op.addBabySessionType, async (c) =>
    c.json(
      await addSessionType(c.var.deps, {
        actor: c.var.staff,
        communityId: c.req.valid("param").communityId,
        ...c.req.valid("json"),
      }),
      201,
    ),
  )
  .openapi(op.updateBabySessionType, async (c) => {
    const { communityId, typeId } = c.req.valid("param");
    return c.json(
      await updateSessionType(c.var.deps, { actor: c.var.staff, communityId, typeId, ...c.req.valid("json") }),
      200,
    );
  })
  .openapi(op.addBabySessionTemplate, async (c) =>
    c.json(
      await addTemplate(c.var.deps, {
        actor: c.var.staff,
        communityId: c.req.valid("param").communityId,
        ...c.req.valid("json"),
      }),
      201,
    ),
  )
  .openapi(op.updateBabySessionTemplate, async (c) => {
    const { communityId, templateId } = c.req.valid("param");
    return c.json(
      await updateTemplate(c.var.deps, { actor: c.var.staff, communityId, templateId, ...c.req.valid("json") }),
      200,
    );
  })
  .openapi(op.deleteBabySessionTemplate, async (c) => {
    const { communityId, templateId } = c.req.valid("param");
    return c.json(await deleteTemplate(c.var.deps, { actor: c.var.staff, communityId, templateId }), 200);
  })
  .openapi(op.makeBabyRoomWeek, async (c) => {
    const { communityId, monday } = c.req.valid("param");
    return c.json(await makeWeek(c.var.deps, { actor: c.var.staff, communityId, monday }), 200);
  })
  .openapi(op.addBabySession, async (c) =>
    c.json(
      await addSession(c.var.deps, {
        actor: c.var.staff,
        communityId: c.req.valid("param").communityId,
        ...c.req.valid("json"),
      }),
      201,
    ),
  )
  .openapi(op.updateBabySession, async (c) => {
    const { communityId, sessionId } = c.req.valid("param");
    return c.json(
      await updateSession(c.var.deps, { actor: c.var.staff, communityId, sessionId, ...c.req.valid("json") }),
      200,
    );
  })
  .openapi(op.removeBabySession, async (c) => {
    const { communityId, sessionId } = c.req.valid("param");
    return c.json(
      await removeSession(c.var.deps, { actor: c.var.staff, communityId, sessionId, ...c.req.valid("json") }),
      200,
    );
  })
  .openapi(op.getBabyRoomWeek, async (c) =>
    c.json(
      await sessionWeek(c.var.deps, {
        communityId: c.req.valid("param").communityId,
        monday: c.req.valid("query").week,
      }),
      200,
    ),
  )
  .openapi(op.getBabyRoomInRoom, async (c) =>
    c.json(await inRoomNow(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(op.getBabyRoomDoorEvents, async (c) =>
    c.json(await doorEvents(c.var.deps, c.req.valid("param").communityId), 200),
  )
  .openapi(op.getAllowanceLedger, async (c) => {
    const { communityId, childId } = c.req.valid("param");
    return c.json(await childLedger(c.var.deps, { communityId, childId }), 200);
  })
  .openapi(op.adjustAllowance, async (c) => {
    const { communityId, childId } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      await keyed(c, "adjustAllowance", body, (claimId) =>
        adjustAllowance(c.var.deps, { actor: c.var.staff, communityId, childId, ...body, idempotencyKey: claimId }),
      ),
      200,
    );
  })
  .openapi(op.addGuardian, async (c) => {
    const { communityId, childId } = c.req.valid("param");
    return c.json(
      await addGuardian(c.var.deps, { actor: c.var.staff, communityId, childId, ...c.req.valid("json") }),
      201,
    );
  })
  .openapi(op.removeGuardian, async (c) => {
    const { communityId, childId, residentId } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    return c.json(
      await removeGuardian(c.var.deps, { actor: c.var.staff, communityId, childId, residentId, reason }),
      200,
    );
  })
  .openapi(op.listBabyRoomClosures, async (c) =>
    c.json(await listBabyRoomClosures(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(op.addBabyRoomClosure, async (c) =>
    c.json(
      await addBabyRoomClosure(c.var.deps, {
        actor: c.var.staff,
        communityId: c.req.valid("param").communityId,
        ...c.req.valid("json"),
      }),
      201,
    ),
  )
  .openapi(op.removeBabyRoomClosure, async (c) => {
    const { communityId, closureId } = c.req.valid("param");
    return c.json(await removeBabyRoomClosure(c.var.deps, { actor: c.var.staff, communityId, closureId }), 200);
  })
  .openapi(op.getBabyRoomReport, async (c) =>
    c.json(
      await monthlyReport(c.var.deps, {
        communityId: c.req.valid("param").communityId,
        year: c.req.valid("query").year,
      }),
      200,
    ),
  )
  .openapi(op.getBabyRoomReportCsv, async (c) => {
    const { year } = c.req.valid("query");
    const report = await monthlyReport(c.var.deps, { communityId: c.req.valid("param").communityId, year });
    c.header("content-disposition", attachment(`baby-room-${year}.csv`));
    return c.body(`\uFEFF${reportCsv(report)}`, 200, { "content-type": "text/csv; charset=utf-8" });
  });
