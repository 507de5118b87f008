import { t, tryT } from "../../i18n";
import { formatFen } from "../../lib/money";
import { groupName } from "../../models/resident-groups";
import type { Settlement } from "../../models/settlement";
import { CountTable } from "./count-table";
import "./settlement.css";

/** The claim the street office reimburses: on screen, and printed as a clean A4 sheet. */
export function ClaimSheet({ communityName, settlement }: { communityName: string; settlement: Settlement }) {
  return (
    <article class="claim-sheet" aria-labelledby="claim-title">
      <h2 id="claim-title">{t("settlement.sheetTitle")}</h2>
      <dl class="claim-head">
        <div>
          <dt>{t("settlement.community")}</dt>
          <dd>{communityName}</dd>
        </div>
        <div>
          <dt>{t("settlement.fundName")}</dt>
          <dd>{settlement.fund.name}</dd>
        </div>
        <div>
          <dt>{t("settlement.period")}</dt>
          <dd>{settlement.month}</dd>
        </div>
      </dl>
      <table class="data-table claim-table claim-totals">
        <caption>{t("settlement.totals")}</caption>
        <tbody>
          <tr>
            <th scope="row">{t("settlement.mealsTotal")}</th>
            <td class="num" data-testid="claim-meals">
              {settlement.meals}
            </td>
          </tr>
          <tr>
            <th scope="row">{t("settlement.amountTotal")}</th>
            <td class="num" data-testid="claim-amount">
              {formatFen(settlement.amountFen)}
            </td>
          </tr>
        </tbody>
      </table>
      <div class="claim-columns">
        <CountTable
          caption={t("settlement.byBracket")}
          keyLabel={t("settlement.bracket")}
          rows={settlement.byBracket}
          label={(k) => tryT(`settlement.bracket.${k}`) ?? k}
        />
        <CountTable
          caption={t("settlement.byGroup")}
          keyLabel={t("settlement.group")}
          rows={settlement.byGroup}
          label={groupName}
        />
      </div>
      <CountTable
        caption={t("settlement.byDay")}
        keyLabel={t("settlement.date")}
        rows={settlement.byDay}
        label={(k) => k}
      />
      <section class="signatures" aria-label={t("settlement.signatures")}>
        {(["handler", "reviewer", "street"] as const).map((who) => (
          <p key={who} class="signature-line">
            <span>{t(`settlement.${who}`)}：</span>
            <span class="sign-space" />
            <span>{t("settlement.signDate")}：</span>
            <span class="sign-space short" />
          </p>
        ))}
      </section>
    </article>
  );
}
