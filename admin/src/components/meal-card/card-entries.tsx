import { locale, t, tryT } from "../../i18n";
import { formatFen } from "../../lib/money";
import type { CardEntry } from "../../models/meal-cards";

/** The card's ledger, newest first: the balance is their sum. */
export function CardEntries({ entries }: { entries: CardEntry[] }) {
  if (entries.length === 0) return <p>{t("cards.noEntries")}</p>;
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption class="visually-hidden">{t("cards.entries")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cards.at")}</th>
            <th scope="col">{t("cards.kind")}</th>
            <th scope="col">{t("cards.method")}</th>
            <th scope="col" class="num">
              {t("cards.amountCol")}
            </th>
            <th scope="col">{t("cards.note")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.createdAt).toLocaleString(locale.value)}</td>
              <td>{tryT(`cards.kind.${e.kind}`) ?? e.kind}</td>
              <td>{tryT(`cards.method.${e.method}`) ?? e.method}</td>
              <td class="num">{formatFen(e.amountFen)}</td>
              <td>{e.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
