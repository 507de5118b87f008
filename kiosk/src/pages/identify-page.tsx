import { useLocation } from "preact-iso";
import { facilityName } from "../format";
import { IdentifyPanel } from "../identify/identify-panel";
import { t } from "../i18n";
import { identifyAtKiosk } from "../models/identify-at-kiosk";
import { openSession, type SessionPerson } from "../models/kiosk-session";
import { welcome } from "../models/welcome";
import { facilityAct, paths } from "../paths";

/**
 * Loaded only when someone taps "scan / face" or a place: the camera decoder and the face model
 * stay out of the welcome screen's bundle. Face is always offered beside the pass, never instead
 * of it. Asked for one place (?for=canteen), it says so and lands the person in that place.
 */
export function IdentifyPage() {
  const { query, route } = useLocation();
  const data = welcome.data.value!;
  const facility = data.facilities.find((f) => f.kind === query.for) ?? null;
  const identified = (person: SessionPerson) => {
    // Both in one render: the session's screens open straight on the place, never on a flash of home.
    if (facility) route(facilityAct[facility.kind], true);
    openSession(person);
  };
  return (
    <div class={`identify-page${facility ? ` kind-${facility.kind}` : ""}`}>
      <IdentifyPanel
        mode={data.kiosk.passOnly ? "qr_only" : "qr_or_face"}
        identify={identifyAtKiosk}
        onIdentified={identified}
        title={facility ? t("identify.for", { name: facilityName(facility) }) : undefined}
      />
      <div class="identify-nav">
        {/* At the baby room's own kiosk, the person named on a pickup code has no pass to show. */}
        {facility?.kind === "baby_room" && data.kiosk.facilityId === facility.id && (
          <a class="big-button" href={paths.babyPickup}>
            {t("facility.babyPickup")}
          </a>
        )}
        {facility && (
          <a class="big-button" href={paths.facility(facility.kind)}>
            {t("facility.about", { name: facilityName(facility) })}
          </a>
        )}
        <a class="big-button" href={paths.home}>
          {t("nav.back")}
        </a>
      </div>
    </div>
  );
}
