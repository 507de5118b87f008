import { t } from "../../i18n";
import type { Home } from "../../models/home";
import { paths } from "../../paths";
import { clockTime, dateWords, localDate } from "../../study/time";

type Placed = Home["bookings"][number] | Home["offers"][number];

/** Where each facility's bookings are acted on (checked in, cancelled, taken). */
export const bookingPath: Record<Placed["facilityKind"], string> = {
  canteen: paths.canteen,
  study_room: paths.studyRoom,
  baby_room: paths.babyRoom,
  station: paths.showers,
};

/** "今天" for the community's today (the server's, not the kiosk's clock), else the date and weekday. */
export const dayText = (date: string, today: string) => (date === today ? t("home.today") : dateWords(date));

/** "自习室 A1 · 今天 14:00–16:00", and the child's name in the baby room. */
export function placedText(p: Placed, today: string) {
  const where = [t(`facility.${p.facilityKind}`), p.place, p.forName].filter(Boolean).join(" · ");
  const when = t("home.when", {
    day: dayText(localDate(p.startsAt), today),
    start: clockTime(p.startsAt),
    end: clockTime(p.endsAt),
  });
  return `${where} · ${when}`;
}
