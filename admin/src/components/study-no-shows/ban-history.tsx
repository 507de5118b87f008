import { t } from "../../i18n";
import { dateTimeIn } from "../../lib/zoned-format";
import type { Ban } from "../../models/study-room-day";
import { banReason } from "./ban-words";

/** Bans lifted early or run out, kept on screen as the record of what was decided. */
export function BanHistory({ bans, timeZone }: { bans: Ban[]; timeZone: string }) {
  if (bans.length === 0) return <p>{t("study.noBanHistory")}</p>;
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption class="visually-hidden">{t("study.banHistory")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("study.person")}</th>
            <th scope="col">{t("study.banFrom")}</th>
            <th scope="col">{t("study.banTo")}</th>
            <th scope="col">{t("study.banReason")}</th>
            <th scope="col">{t("study.banOutcome")}</th>
          </tr>
        </thead>
        <tbody>
          {bans.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name}</th>
              <td>{dateTimeIn(b.startsAt, timeZone)}</td>
              <td>{dateTimeIn(b.endsAt, timeZone)}</td>
              <td>{banReason(b.reason)}</td>
              <td>
                {b.liftedAt ? t("study.liftedAt", { at: dateTimeIn(b.liftedAt, timeZone) }) : t("study.banEnded")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
