import { t } from "../../i18n";
import type { Facility } from "../../models/community";
import "./facility-card.css";

export function FacilityCard({ facility }: { facility: Facility }) {
  return (
    <article class="facility-card" aria-labelledby={`facility-${facility.id}`}>
      <h3 id={`facility-${facility.id}`}>{t(`facility.${facility.kind}`)}</h3>
      <dl>
        <dt>{t("facility.location")}</dt>
        <dd>{facility.location}</dd>
        <dt>{t("facility.hours")}</dt>
        <dd>{facility.openingHours ?? t("facility.allDay")}</dd>
        <dt>{t("facility.capacity")}</dt>
        <dd>{t("facility.capacityValue", { count: facility.capacity })}</dd>
      </dl>
    </article>
  );
}
