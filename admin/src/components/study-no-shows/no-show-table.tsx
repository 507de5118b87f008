import { t } from "../../i18n";
import { dateTimeIn, timeIn } from "../../lib/zoned-format";
import type { NoShowReport } from "../../models/study-room-day";
import { DataTable } from "../data-table/data-table";

/**
 * Missed bookings in the strike window, newest first: the person's strikes counted now against
 * the limit (a ban uses up the strikes that brought it) and whether their booking is paused.
 */
export function NoShowTable({ report, timeZone }: { report: NoShowReport; timeZone: string }) {
  const pausedUntil = (residentId: string) => report.bans.find((b) => b.inForce && b.residentId === residentId)?.endsAt;
  return (
    <DataTable
      caption={t("study.noShowsIn", { days: report.windowDays })}
      empty={t("study.noNoShows", { days: report.windowDays })}
      columns={[
        t("study.person"),
        t("study.seat"),
        t("study.bookedTime"),
        { label: t("study.strikes"), num: true },
        t("study.bookingState"),
      ]}
      rows={report.noShows}
      row={(n) => (
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
      )}
    />
  );
}
