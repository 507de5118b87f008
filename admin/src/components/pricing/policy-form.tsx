import { ApiError } from "@ui/api-client";
import { useSignal } from "@preact/signals";
import { useState } from "preact/hooks";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { fenToYuanText, parseYuan } from "../../lib/money";
import {
  addPolicyVersion,
  type Fund,
  type PolicyPreview,
  type PolicyRules,
  type PolicyVersion,
  previewPolicy,
} from "../../models/canteen";
import type { ResidentGroup } from "../../models/resident-groups";
import { MoneyField } from "../field/money-field";
import { Form } from "../form/form";
import { DateField, NumberField } from "../form/fields";
import { FormFooter } from "../form-footer/form-footer";
import { ErrorMessage } from "@ui/error-message";
import { i18n } from "../../i18n";
import { PreviewTable } from "./preview-table";
import { RuleFields, type RuleDraft, SITTINGS } from "./rule-fields";
import "./pricing.css";
import { ChoiceGroup } from "../choice-group/choice-group";

function fen(data: FormData, name: string) {
  const value = parseYuan(text(data, name));
  if (value === null) throw new ApiError(422, "MONEY_FORMAT", name);
  return value;
}
const age = (data: FormData, name: string) => (text(data, name) === "" ? undefined : Number(text(data, name)));
const newKey = () => `r${crypto.randomUUID().slice(0, 8)}`;

/** The form's rules as the API takes them, in the order on screen. */
function readRules(data: FormData, rules: RuleDraft[]): PolicyRules {
  const perSitting = (prefix: string) =>
    Object.fromEntries(SITTINGS.map((s) => [s, fen(data, `${prefix}.${s}`)])) as PolicyRules["listPriceFen"];
  return {
    listPriceFen: perSitting("list"),
    subsidies: rules.map((r) => {
      const groups = data.getAll(`rule.${r.key}.groups`).map(String);
      return {
        id: r.id,
        label: text(data, `rule.${r.key}.label`),
        fundCode: text(data, `rule.${r.key}.fund`),
        ageMin: age(data, `rule.${r.key}.ageMin`),
        ageMax: age(data, `rule.${r.key}.ageMax`),
        groups: groups.length ? groups : undefined,
        offFen: perSitting(`rule.${r.key}.off`),
      };
    }),
    combine: {
      mode: text(data, "mode") === "best" ? "best" : "stack",
      capFen: text(data, "cap") === "" ? null : fen(data, "cap"),
      minPayFen: fen(data, "minPay"),
    },
    orderDaysAhead: Number(text(data, "daysAhead")),
  };
}

/**
 * A new version from the newest one: the rules as a list to add to, remove from and reorder
 * (who by age and group, which fund pays, how much), how they combine, how far ahead residents
 * may order; "who pays what" priced by the API before saving.
 */
export function PolicyForm({
  communityId,
  base,
  funds,
  groups,
  today,
}: {
  communityId: string;
  base: PolicyVersion;
  funds: Fund[];
  groups: ResidentGroup[];
  today: string;
}) {
  const [rules, setRules] = useState<RuleDraft[]>(() => base.rules.subsidies.map((r) => ({ ...r, key: newKey() })));
  const preview = useSignal<PolicyPreview | null>(null);
  const previewError = useSignal<unknown>(null);
  const submit = useSubmit(async (data) => {
    const saved = readRules(data, rules);
    const created = await addPolicyVersion(communityId, { effectiveFrom: text(data, "effectiveFrom"), rules: saved });
    // The form then starts from what was saved (the newest version), with the message of what was done.
    setRules(saved.subsidies.map((r) => ({ ...r, key: newKey() })));
    preview.value = null;
    return t("pricing.saved", { version: created.version, date: created.effectiveFrom });
  });
  const move = (i: number, by: -1 | 1) =>
    setRules((list) => {
      const next = [...list];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });
  const add = () =>
    setRules((list) => [
      ...list,
      { key: newKey(), id: newKey(), label: "", fundCode: funds[0]?.code ?? "", offFen: { lunch: 0, dinner: 0 } },
    ]);
  async function showPreview(form: HTMLFormElement | null) {
    if (!form) return;
    previewError.value = null;
    preview.value = null;
    if (!form.checkValidity()) {
      previewError.value = new ApiError(422, "VALIDATION_FAILED", t("pricing.previewInvalid"));
      return;
    }
    try {
      preview.value = await previewPolicy(communityId, readRules(new FormData(form), rules));
    } catch (err) {
      preview.value = null;
      previewError.value = err;
    }
  }
  return (
    <Form of={submit} class="panel-form policy-form" heading={t("pricing.newVersion")}>
      <p>{t("pricing.newHelp", { version: base.version })}</p>
      <DateField label={t("pricing.effectiveFromLabel")} name="effectiveFrom" min={today} value={today} />
      <fieldset class="money-group">
        <legend>{t("pricing.listPrices")}</legend>
        {SITTINGS.map((s) => (
          <MoneyField
            key={s}
            label={t("pricing.listPriceOf", { sitting: t(`canteen.sitting.${s}`) })}
            name={`list.${s}`}
            required
            defaultValue={fenToYuanText(base.rules.listPriceFen[s])}
          />
        ))}
      </fieldset>
      <h3>{t("pricing.rules")}</h3>
      {rules.length === 0 && <p>{t("pricing.noRules")}</p>}
      {rules.map((r, i) => (
        <RuleFields
          key={r.key}
          rule={r}
          index={i}
          count={rules.length}
          funds={funds}
          groups={groups}
          onMove={(by) => move(i, by)}
          onRemove={() => setRules((list) => list.filter((x) => x.key !== r.key))}
        />
      ))}
      <button type="button" onClick={add} disabled={rules.length >= 30}>
        {t("pricing.addRule")}
      </button>
      <ChoiceGroup
        legend={t("pricing.combineLegend")}
        name="mode"
        defaultValue={base.rules.combine.mode}
        options={(["stack", "best"] as const).map((m) => ({
          value: m,
          label: t(m === "stack" ? "pricing.combineStack" : "pricing.combineBest"),
        }))}
      />
      <MoneyField
        label={t("pricing.capLabel")}
        hint={t("pricing.capHint")}
        name="cap"
        defaultValue={base.rules.combine.capFen === null ? "" : fenToYuanText(base.rules.combine.capFen)}
      />
      <MoneyField
        label={t("pricing.minPayLabel")}
        name="minPay"
        required
        defaultValue={fenToYuanText(base.rules.combine.minPayFen)}
      />
      <NumberField
        label={t("pricing.daysAheadLabel")}
        hint={t("pricing.daysAheadHint")}
        name="daysAhead"
        min={0}
        max={14}
        value={base.rules.orderDaysAhead}
      />
      <div class="button-row">
        <button type="button" onClick={(e) => void showPreview(e.currentTarget.form)}>
          {t("pricing.preview")}
        </button>
      </div>
      {previewError.value !== null && <ErrorMessage error={previewError.value} i18n={i18n} />}
      {preview.value && <PreviewTable preview={preview.value} />}
      <FormFooter {...submit} label={t("pricing.save")} />
    </Form>
  );
}
