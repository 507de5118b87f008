import { locale } from "../i18n";
import { endSession } from "./kiosk-session";
import { muted, stopSpeaking } from "./speech";

/**
 * A visit is over (完成, or nobody there any more): the next person finds the kiosk as the first
 * one did — in Chinese, speaking, on the welcome screen, with nothing half-chosen. Ending the
 * session clears every area's picks (each model resets itself when the session goes).
 */
export function endVisit() {
  stopSpeaking();
  locale.value = "zh-CN";
  muted.value = false;
  void endSession();
}
