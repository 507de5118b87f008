import { t } from "./i18n";
import type { Facility } from "./models/welcome";

export const facilityName = (f: Pick<Facility, "kind">) => t(`facility.${f.kind}`);

/** "10:30-19:30" reads better with a spaced dash; null means the place never closes. */
export const openingHoursText = (f: Pick<Facility, "openingHours">) =>
  f.openingHours ? f.openingHours.replace("-", " – ") : t("facility.allDay");
