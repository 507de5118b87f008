import { useSignalEffect } from "@preact/signals";
import { useRoute } from "preact-iso";
import { FacilityIcon } from "../components/facility-icon/facility-icon";
import { facilityName, openingHoursText } from "../format";
import { locale, t } from "../i18n";
import { speak } from "../models/speech";
import { welcome } from "../models/welcome";
import { paths } from "../paths";

export function FacilityPage() {
  const { params } = useRoute();
  const facility = welcome.data.value?.facilities.find((f) => f.kind === params.kind);
  useSignalEffect(() => {
    if (!facility) return;
    const hours = `${t("facility.hours")} ${openingHoursText(facility)}`;
    speak(t("facility.speech", { name: facilityName(facility), location: facility.location, hours }), locale.value);
  });
  const back = (
    <a class="big-button primary wide" href={paths.home}>
      {t("nav.back")}
    </a>
  );
  if (!facility) {
    return (
      <div class="facility-page">
        <h1>{t("facility.missing")}</h1>
        {back}
      </div>
    );
  }
  return (
    <div class={`facility-page kind-${facility.kind}`}>
      <h1 class="facility-title">
        <FacilityIcon kind={facility.kind} size={120} />
        {facilityName(facility)}
      </h1>
      <dl class="facility-facts">
        <dt>{t("facility.location")}</dt>
        <dd>{facility.location}</dd>
        <dt>{t("facility.hours")}</dt>
        <dd>{openingHoursText(facility)}</dd>
        <dt>{t("facility.capacity")}</dt>
        <dd>{t("facility.capacityValue", { count: facility.capacity })}</dd>
      </dl>
      <p>{t("facility.help")}</p>
      {back}
    </div>
  );
}
