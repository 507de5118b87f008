import { cid, createRouter, staffAct, staffInput } from "../shared/router";
import { createKiosk } from "./create-kiosk";
import { enrolFace } from "./enrol-face";
import { issuePasses } from "./issue-passes";
import { issuePhonePass } from "./issue-phone-pass";
import { listKiosks } from "./list-kiosks";
import { recordFaceConsent } from "./record-face-consent";
import { revokeKiosk } from "./revoke-kiosk";
import { answerStaffCall } from "./staff-calls/answer-staff-call";
import { listOpenStaffCalls } from "./staff-calls/list-open-staff-calls";
import { streamStaffCalls } from "./staff-calls/stream-staff-calls";
import { withdrawFaceConsent } from "./withdraw-face-consent";
import * as op from "./staff-operations";

export const identityStaffRoutes = createRouter()
  .openapi(op.listKiosks, async (c) => c.json({ kiosks: await listKiosks(c.var.deps, { communityId: cid(c) }) }, 200))
  .openapi(op.createKiosk, async (c) => c.json(await createKiosk(c.var.deps, staffInput(c)), 201))
  .openapi(op.revokeKiosk, async (c) => c.json(await revokeKiosk(c.var.deps, staffAct(c)), 200))
  .openapi(op.issuePasses, async (c) =>
    c.json(
      {
        passes: await issuePasses(c.var.deps, { ...staffAct(c), holders: c.req.valid("json").holders }),
      },
      201,
    ),
  )
  .openapi(op.issuePhonePass, async (c) =>
    c.json(await issuePhonePass(c.var.deps, { ...staffAct(c), holder: c.req.valid("json") }), 201),
  )
  .openapi(op.recordFaceConsent, async (c) => c.json(await recordFaceConsent(c.var.deps, staffInput(c)), 201))
  .openapi(op.withdrawFaceConsent, async (c) => {
    const { kind, personId } = c.req.valid("param");
    return c.json(await withdrawFaceConsent(c.var.deps, { ...staffAct(c), who: { kind, id: personId } }), 200);
  })
  .openapi(op.enrolFace, async (c) => {
    const { descriptor, ...who } = c.req.valid("json");
    return c.json(await enrolFace(c.var.deps, { ...staffAct(c), who, descriptor }), 201);
  })
  .openapi(op.listStaffCalls, async (c) =>
    c.json({ calls: await listOpenStaffCalls(c.var.deps, { communityId: cid(c) }) }, 200),
  )
  .openapi(op.streamStaffCalls, (c) => streamStaffCalls(c, cid(c)))
  .openapi(op.answerStaffCall, async (c) =>
    c.json(await answerStaffCall(c.var.deps, { ...staffAct(c), who: c.req.valid("json").person }), 200),
  );
