import { useSignalEffect } from "@preact/signals";
import { lazy, useRoute } from "preact-iso";
import { FacilityIcon } from "../components/facility-icon/facility-icon";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { facilityName, openingHoursText } from "../format";
import { locale, t } from "../i18n";
import { speak } from "../models/speech";
import { welcome } from "../models/welcome";
import { paths } from "../paths";

// The station's amenities and registration come with their own text, in their own chunk.
const StationExtras = lazy(() => import("./station-extras").then((m) => m.StationExtras));

/** About one place, with its "I want to …" button: reading about the canteen is never a dead end. */
export function FacilityPage() {
  const { params } = useRoute();
  const facility = welcome.data.value?.facilities.find((f) => f.kind === params.kind);
  useSignalEffect(() => {
    if (!facility) return;
    const hours = `${t("facility.hours")} ${openingHoursText(facility)}`;
    speak(t("facility.speech", { name: facilityName(facility), location: facility.location, hours }), locale.value);
  });
  const back = (
    <a class="big-button" href={paths.home}>
      {t("nav.back")}
    </a>
  );
  if (!facility) {
    return (
      <KioskScreen title={t("facility.missing")} nav={back}>
        {null}
      </KioskScreen>
    );
  }
  return (
    <KioskScreen
      class={`facility-page kind-${facility.kind}`}
      title={
        <span class="facility-title">
          <FacilityIcon kind={facility.kind} size={120} />
          {facilityName(facility)}
        </span>
      }
      side={
        <>
          <a class="big-button primary facility-act" href={paths.identifyFor(facility.kind)}>
            {t(`facility.act.${facility.kind}`)}
          </a>
          {/* At the baby room's own kiosk, the person named on a pickup code has no pass to show. */}
          {facility.kind === "baby_room" && welcome.data.value?.kiosk.facilityId === facility.id && (
            <a class="big-button facility-act" href={paths.babyPickup}>
              {t("facility.babyPickup")}
            </a>
          )}
        </>
      }
      nav={back}
    >
      <dl class="facility-facts">
        <dt>{t("facility.location")}</dt>
        <dd>{facility.location}</dd>
        <dt>{t("facility.hours")}</dt>
        <dd>{openingHoursText(facility)}</dd>
        <dt>{t("facility.capacity")}</dt>
        <dd>{t("facility.capacityValue", { count: facility.capacity })}</dd>
      </dl>
      <p>{t("facility.help")}</p>
      {facility.kind === "station" && <StationExtras facilityId={facility.id} />}
    </KioskScreen>
  );
}
