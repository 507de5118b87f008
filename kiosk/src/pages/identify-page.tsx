import { IdentifyPanel } from "../identify/identify-panel";
import { t } from "../i18n";
import { identifyAtKiosk } from "../models/identify-at-kiosk";
import { openSession } from "../models/kiosk-session";
import { paths } from "../paths";

/**
 * Loaded only when someone taps "scan / face": the camera decoder and the face model stay out
 * of the welcome screen's bundle. Face is always offered beside the pass, never instead of it.
 */
export function IdentifyPage() {
  return (
    <div class="identify-page">
      <IdentifyPanel mode="qr_or_face" identify={identifyAtKiosk} onIdentified={openSession} />
      <a class="big-button wide" href={paths.home}>
        {t("nav.back")}
      </a>
    </div>
  );
}
