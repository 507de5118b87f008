import { t } from "../../i18n";
import { fenToYuanText } from "../../lib/money";
import type { Fund, Sitting } from "../../models/canteen";
import { groupName, type ResidentGroup } from "../../models/resident-groups";
import { Field } from "../field/field";
import { NumberField } from "../form/fields";
import { MoneyField } from "../field/money-field";
import { SelectField } from "../field/select-field";
import { ChoiceGroup } from "../choice-group/choice-group";

export type RuleDraft = {
  key: string;
  id: string;
  label: string;
  fundCode: string;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  groups?: string[] | undefined;
  offFen: Record<Sitting, number>;
};

export const SITTINGS: Sitting[] = ["lunch", "dinner"];
// Either end of the age band may be left open.
const AGE_ENDS = ["ageMin", "ageMax"] as const;

/** One subsidy rule of the list: who (ages, groups), how much per sitting, which fund pays; moved or removed by its buttons. */
export function RuleFields({
  rule,
  index,
  count,
  funds,
  groups,
  onMove,
  onRemove,
}: {
  rule: RuleDraft;
  index: number;
  count: number;
  funds: Fund[];
  groups: ResidentGroup[];
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const name = (field: string) => `rule.${rule.key}.${field}`;
  const title = t("pricing.ruleN", { n: index + 1, label: rule.label || t("pricing.ruleNew") });
  return (
    <fieldset class="rule-fields" data-rule={rule.key}>
      <legend>{title}</legend>
      <div class="rule-row">
        <Field label={t("pricing.ruleLabel")} name={name("label")} required maxLength={60} defaultValue={rule.label} />
        <SelectField
          label={t("pricing.ruleFund")}
          name={name("fund")}
          required
          defaultValue={rule.fundCode}
          options={funds.map((f) => ({ value: f.code, label: f.name }))}
        />
      </div>
      <div class="rule-row">
        {AGE_ENDS.map((end) => (
          <NumberField
            key={end}
            label={t(`pricing.${end}`)}
            hint={t("pricing.ageHint")}
            name={name(end)}
            required={false}
            min={0}
            max={130}
            value={rule[end]}
          />
        ))}
        {SITTINGS.map((s) => (
          <MoneyField
            key={s}
            label={t("pricing.offOf", { sitting: t(`canteen.sitting.${s}`) })}
            name={name(`off.${s}`)}
            required
            defaultValue={fenToYuanText(rule.offFen[s])}
          />
        ))}
      </div>
      <ChoiceGroup
        class="rule-groups"
        legend={t("pricing.ruleGroups")}
        hint={t("pricing.ruleGroupsHint")}
        name={name("groups")}
        multiple
        defaultValue={rule.groups ?? []}
        options={groups.map((g) => ({ value: g.code, label: groupName(g.code) }))}
      />
      <div class="button-row">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={t("pricing.moveUpOf", { rule: title })}
        >
          {t("pricing.moveUp")}
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={t("pricing.moveDownOf", { rule: title })}
        >
          {t("pricing.moveDown")}
        </button>
        <button type="button" class="danger" onClick={onRemove} aria-label={t("pricing.removeOf", { rule: title })}>
          {t("pricing.remove")}
        </button>
      </div>
    </fieldset>
  );
}
