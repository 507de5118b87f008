import { useSignalEffect } from "@preact/signals";
import { useLocation } from "preact-iso";
import { idle } from "../../models/inactivity";
import { dismissStaffCall, staffCall } from "../../models/staff-call";
import { welcome } from "../../models/welcome";
import { endVisit } from "../../models/visit";
import { paths } from "../../paths";

/**
 * A kiosk left alone goes back to its welcome screen in Chinese with its voice on, so the next
 * person never sees what the last one was doing: an open session is ended, here and on the server. It also
 * refreshes the welcome data while nobody is looking.
 */
export function ReturnWhenIdle() {
  const { route } = useLocation();
  useSignalEffect(() => {
    if (!idle.value) return;
    endVisit();
    // Someone waiting for staff may well stand still for a minute: keep their call going.
    if (staffCall.peek().kind !== "waiting") dismissStaffCall();
    route(paths.home, true);
    void welcome.reload();
  });
  return null;
}
