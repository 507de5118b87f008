import { t } from "../i18n";

type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** An ISO weekday (1 = Monday, as the study-room API counts them) in words. */
export const weekdayName = (isoWeekday: number) => t(`weekday.${(isoWeekday - 1) as Weekday}`);
