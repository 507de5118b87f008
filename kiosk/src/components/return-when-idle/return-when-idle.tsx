import { useSignalEffect } from "@preact/signals";
import { useLocation } from "preact-iso";
import { locale } from "../../i18n";
import { idle } from "../../models/inactivity";
import { endSession } from "../../models/kiosk-session";
import { stopSpeaking } from "../../models/speech";
import { dismissStaffCall, staffCall } from "../../models/staff-call";
import { welcome } from "../../models/welcome";
import { paths } from "../../paths";

/**
 * A kiosk left alone goes back to its welcome screen in Chinese, so the next person never sees
 * what the last one was doing: an open session is ended, here and on the server. It also
 * refreshes the welcome data while nobody is looking.
 */
export function ReturnWhenIdle() {
  const { route } = useLocation();
  useSignalEffect(() => {
    if (!idle.value) return;
    stopSpeaking();
    void endSession();
    // Someone waiting for staff may well stand still for a minute: keep their call going.
    if (staffCall.peek().kind !== "waiting") dismissStaffCall();
    locale.value = "zh-CN";
    route(paths.home, true);
    void welcome.reload();
  });
  return null;
}
