import { ApiError } from "@ui/api-client";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { fenToYuanText, parseYuan } from "../../lib/money";
import { addPolicyVersion, type Fund, type PolicyRules, type PolicyVersion, type Sitting } from "../../models/canteen";
import { Field } from "../field/field";
import { MoneyField } from "../field/money-field";
import { FormFooter } from "../form-footer/form-footer";
import "./pricing.css";
import { Form } from "../form/form";

const SITTINGS: Sitting[] = ["lunch", "dinner"];

function fen(data: FormData, name: string) {
  const value = parseYuan(text(data, name));
  if (value === null) throw new ApiError(422, "MONEY_FORMAT", name);
  return value;
}

/** A new version from the newest one: the same rules (who, which fund) with new amounts and date. */
export function PolicyForm({
  communityId,
  base,
  funds,
  today,
}: {
  communityId: string;
  base: PolicyVersion;
  funds: Fund[];
  today: string;
}) {
  const fundName = (code: string) => funds.find((f) => f.code === code)?.name ?? code;
  const perSitting = (data: FormData, prefix: string) =>
    Object.fromEntries(SITTINGS.map((s) => [s, fen(data, `${prefix}.${s}`)])) as Record<Sitting, number>;
  const submit = useSubmit(async (data) => {
    const rules: PolicyRules = {
      listPriceFen: perSitting(data, "list"),
      subsidies: base.rules.subsidies.map((r) => ({ ...r, offFen: perSitting(data, `off.${r.id}`) })),
      combine: {
        mode: text(data, "mode") === "best" ? "best" : "stack",
        capFen: text(data, "cap") === "" ? null : fen(data, "cap"),
        minPayFen: fen(data, "minPay"),
      },
      orderDaysAhead: base.rules.orderDaysAhead,
    };
    const created = await addPolicyVersion(communityId, { effectiveFrom: text(data, "effectiveFrom"), rules });
    return t("pricing.saved", { version: created.version, date: created.effectiveFrom });
  });
  const money = (name: string, label: string, value: number | null, required = true) => (
    <MoneyField
      label={label}
      name={name}
      required={required}
      defaultValue={value === null ? "" : fenToYuanText(value)}
    />
  );
  return (
    <Form of={submit} class="panel-form" aria-labelledby="policy-new-title">
      <h2 id="policy-new-title">{t("pricing.newVersion")}</h2>
      <p>{t("pricing.newHelp", { version: base.version })}</p>
      <Field
        label={t("pricing.effectiveFromLabel")}
        name="effectiveFrom"
        type="date"
        required
        min={today}
        defaultValue={today}
      />
      <fieldset class="money-group">
        <legend>{t("pricing.listPrices")}</legend>
        {SITTINGS.map((s) =>
          money(
            `list.${s}`,
            t("pricing.listPriceOf", { sitting: t(`canteen.sitting.${s}`) }),
            base.rules.listPriceFen[s],
          ),
        )}
      </fieldset>
      {base.rules.subsidies.map((r) => (
        <fieldset key={r.id} class="money-group">
          <legend>{r.label}</legend>
          <p class="field-hint">{t("pricing.paidBy", { fund: fundName(r.fundCode) })}</p>
          {SITTINGS.map((s) =>
            money(`off.${r.id}.${s}`, t("pricing.offOf", { sitting: t(`canteen.sitting.${s}`) }), r.offFen[s]),
          )}
        </fieldset>
      ))}
      <fieldset class="choice-group">
        <legend>{t("pricing.combineLegend")}</legend>
        {(["stack", "best"] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="mode" value={m} defaultChecked={base.rules.combine.mode === m} />
            {t(m === "stack" ? "pricing.combineStack" : "pricing.combineBest")}
          </label>
        ))}
      </fieldset>
      <MoneyField
        label={t("pricing.capLabel")}
        hint={t("pricing.capHint")}
        name="cap"
        defaultValue={base.rules.combine.capFen === null ? "" : fenToYuanText(base.rules.combine.capFen)}
      />
      {money("minPay", t("pricing.minPayLabel"), base.rules.combine.minPayFen)}
      <FormFooter {...submit} label={t("pricing.save")} />
    </Form>
  );
}
