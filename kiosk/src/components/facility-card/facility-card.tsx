import { facilityName, openingHoursText } from "../../format";
import type { Facility } from "../../models/welcome";
import { paths } from "../../paths";
import { FacilityIcon } from "../facility-icon/facility-icon";
import "./facility-card.css";

/** One whole card is the touch target; it asks who she is for that place and lands her in it. */
export function FacilityCard({ facility }: { facility: Facility }) {
  return (
    <a class={`facility-card kind-${facility.kind}`} href={paths.identifyFor(facility.kind)}>
      <FacilityIcon kind={facility.kind} />
      <span class="facility-card-name">{facilityName(facility)}</span>
      <span class="facility-card-hours">{openingHoursText(facility)}</span>
    </a>
  );
}
