import { t } from "../../i18n";
import { dateTimeIn } from "../../lib/zoned-format";
import type { Ban } from "../../models/study-room-day";
import { banReason } from "./ban-words";
import { DataTable } from "../data-table/data-table";

/** Bans lifted early or run out, kept on screen as the record of what was decided. */
export function BanHistory({ bans, timeZone }: { bans: Ban[]; timeZone: string }) {
  return (
    <DataTable
      caption={t("study.banHistory")}
      empty={t("study.noBanHistory")}
      columns={[t("study.person"), t("study.banFrom"), t("study.banTo"), t("study.banReason"), t("study.banOutcome")]}
      rows={bans}
      row={(b) => (
        <tr key={b.id}>
          <th scope="row">{b.name}</th>
          <td>{dateTimeIn(b.startsAt, timeZone)}</td>
          <td>{dateTimeIn(b.endsAt, timeZone)}</td>
          <td>{banReason(b.reason)}</td>
          <td>{b.liftedAt ? t("study.liftedAt", { at: dateTimeIn(b.liftedAt, timeZone) }) : t("study.banEnded")}</td>
        </tr>
      )}
    />
  );
}
