import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import type { PolicyVersion } from "../../models/canteen";
import "./pricing.css";

/** "60岁以上老人：午餐 ¥9.90（街道老年助餐补贴 ¥5.10）…": the API prices each rule's people; this only words it. */
export function PolicyWords({ policy }: { policy: PolicyVersion }) {
  const { combine } = policy.rules;
  return (
    <>
      <ul class="policy-words">
        {policy.examples.map((line) => (
          <li key={line.ruleId ?? "list"}>
            {t("pricing.line", {
              who: line.label ?? t("pricing.everyone"),
              prices: line.sittings
                .map((s) => {
                  const sitting = t(`canteen.sitting.${s.sitting}`);
                  if (s.subsidies.length === 0) return t("pricing.price", { sitting, pay: formatFen(s.payFen) });
                  const subsidies = s.subsidies
                    .map((x) => t("pricing.share", { fund: x.fundName, amount: formatFen(x.amountFen) }))
                    .join(t("pricing.shareSeparator"));
                  return t("pricing.priceWithSubsidy", { sitting, pay: formatFen(s.payFen), subsidies });
                })
                .join(t("pricing.listSeparator")),
            })}
          </li>
        ))}
      </ul>
      <p>
        {t(`pricing.combine.${combine.mode}`)}{" "}
        {combine.capFen !== null && t("pricing.cap", { amount: formatFen(combine.capFen) })}{" "}
        {t("pricing.minPay", { amount: formatFen(combine.minPayFen) })}
      </p>
    </>
  );
}
