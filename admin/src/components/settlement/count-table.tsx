import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import "./settlement.css";

type Row = { key: string; meals: number; amountFen: number };

/** One breakdown of the claim (by bracket, group or day), with its total line. */
export function CountTable({
  caption,
  keyLabel,
  rows,
  label,
}: {
  caption: string;
  keyLabel: string;
  rows: Row[];
  label: (key: string) => string;
}) {
  return (
    <table class="data-table claim-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col" class="num">
            {t("settlement.meals")}
          </th>
          <th scope="col" class="num">
            {t("settlement.amount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>{t("settlement.none")}</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{label(r.key)}</th>
              <td class="num">{r.meals}</td>
              <td class="num">{formatFen(r.amountFen)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
