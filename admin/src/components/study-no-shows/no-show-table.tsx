import { t } from "../../i18n";
import { dateTimeIn, timeIn } from "../../lib/zoned-format";
import type { NoShowReport } from "../../models/study-room-day";

/**
 * Missed bookings in the strike window, newest first: the person's strikes counted now against
 * the limit (a ban uses up the strikes that brought it) and whether their booking is paused.
 */
export function NoShowTable({ report, timeZone }: { report: NoShowReport; timeZone: string }) {
  const pausedUntil = (residentId: string) => report.bans.find((b) => b.inForce && b.residentId === residentId)?.endsAt;
  if (report.noShows.length === 0) return <p>{t("study.noNoShows", { days: report.windowDays })}</p>;
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption class="visually-hidden">{t("study.noShowsIn", { days: report.windowDays })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("study.person")}</th>
            <th scope="col">{t("study.seat")}</th>
            <th scope="col">{t("study.bookedTime")}</th>
            <th scope="col" class="num">
              {t("study.strikes")}
            </th>
            <th scope="col">{t("study.bookingState")}</th>
          </tr>
        </thead>
        <tbody>
          {report.noShows.map((n) => (
            <tr key={n.bookingId}>
              <th scope="row">{n.name}</th>
              <td>{n.seat}</td>
              <td>
                {dateTimeIn(n.startsAt, timeZone)}–{timeIn(n.endsAt, timeZone)}
              </td>
              <td class="num">{t("study.strikesOf", { strikes: n.strikes, limit: report.strikeLimit })}</td>
              <td>
                {pausedUntil(n.residentId)
                  ? t("study.pausedUntil", { until: dateTimeIn(pausedUntil(n.residentId)!, timeZone) })
                  : t("study.mayBook")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
