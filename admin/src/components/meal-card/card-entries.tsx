import { locale, t, tryT } from "../../i18n";
import { formatFen } from "../../lib/money";
import type { CardEntry } from "../../models/meal-cards";
import { DataTable } from "../data-table/data-table";

/** The card's ledger, newest first: the balance is their sum. */
export function CardEntries({ entries }: { entries: CardEntry[] }) {
  return (
    <DataTable
      caption={t("cards.entries")}
      empty={t("cards.noEntries")}
      columns={[
        t("cards.at"),
        t("cards.kind"),
        t("cards.method"),
        { label: t("cards.amountCol"), num: true },
        t("cards.note"),
      ]}
      rows={entries}
      row={(e) => (
        <tr key={e.id}>
          <td>{new Date(e.createdAt).toLocaleString(locale.value)}</td>
          <td>{tryT(`cards.kind.${e.kind}`) ?? e.kind}</td>
          <td>{tryT(`cards.method.${e.method}`) ?? e.method}</td>
          <td class="num">{formatFen(e.amountFen)}</td>
          <td>{e.note ?? ""}</td>
        </tr>
      )}
    />
  );
}
