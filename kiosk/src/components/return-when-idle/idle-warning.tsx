import { useEffect, useRef } from "preact/hooks";
import { useLocation } from "preact-iso";
import { locale, t } from "../../i18n";
import { idleLeft, noteActivity } from "../../models/inactivity";
import { session } from "../../models/kiosk-session";
import { speak } from "../../models/speech";
import { paths } from "../../paths";
import { KioskDialog } from "../kiosk-dialog/kiosk-dialog";
import "./idle-warning.css";

/**
 * Before the kiosk goes back to its welcome screen with someone's business on it: a countdown she
 * can read from a step away, said aloud once, and one big button for more time. Any touch counts.
 */
export function IdleWarning() {
  const { path } = useLocation();
  const left = idleLeft.value;
  const showing = left !== null && (session.value !== null || path !== paths.home);
  // Said once when the warning appears, not every second.
  const said = useRef(false);
  useEffect(() => {
    if (!showing) said.current = false;
    else if (!said.current) {
      said.current = true;
      speak(t("idle.speech"), locale.peek());
    }
  }, [showing]);
  if (!showing) return null;
  return (
    <KioskDialog class="idle-warning" labelledBy="idle-title" describedBy="idle-left">
      <p id="idle-title" class="kiosk-dialog-title idle-title">
        {t("idle.title")}
      </p>
      <p id="idle-left" class="idle-left" aria-live="polite">
        {t("idle.left", { seconds: left })}
      </p>
      <button type="button" class="big-button primary idle-more" onClick={() => noteActivity()}>
        {t("idle.more")}
      </button>
    </KioskDialog>
  );
}
