import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { setStudyPolicy, type PolicyInput, type StudyPolicy } from "../../models/study-room";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";
import { ChoiceGroup } from "../choice-group/choice-group";
import { NumberField } from "../form/fields";

type NumberRule = Exclude<keyof StudyPolicy, "stepMinutes">;

// Each rule with the API's bounds (its label names the unit), in the order staff think of them.
const RULES: { name: NumberRule; min: number; max: number }[] = [
  { name: "minutesPerDay", min: 1, max: 1440 },
  { name: "activeBookings", min: 1, max: 20 },
  { name: "daysAhead", min: 0, max: 30 },
  { name: "graceMinutes", min: 1, max: 120 },
  { name: "awayMinutes", min: 1, max: 240 },
  { name: "offerMinutes", min: 1, max: 120 },
  { name: "strikeLimit", min: 1, max: 20 },
  { name: "strikeWindowDays", min: 1, max: 365 },
  { name: "banDays", min: 1, max: 365 },
];
const STEPS = [15, 30, 60] as const;

/** The booking rules; new values apply to bookings made from now on. */
export function RulesForm({ communityId, policy }: { communityId: string; policy: StudyPolicy }) {
  const submit = useSubmit(async (data) => {
    const numbers = Object.fromEntries(RULES.map((r) => [r.name, Number(text(data, r.name))])) as Record<
      NumberRule,
      number
    >;
    const stepMinutes = Number(text(data, "stepMinutes")) as PolicyInput["stepMinutes"];
    await setStudyPolicy(communityId, { ...numbers, stepMinutes });
    return t("study.rulesSaved");
  });
  return (
    <Form of={submit} class="panel-form" heading={t("study.rules")}>
      <p class="field-hint">{t("study.rulesHelp")}</p>
      <ChoiceGroup
        legend={t("study.rule.stepMinutes")}
        name="stepMinutes"
        required
        defaultValue={String(policy.stepMinutes)}
        options={STEPS.map((s) => ({ value: String(s), label: t("study.unit.minutes", { count: s }) }))}
      />
      <div class="rules-grid">
        {RULES.map((r) => (
          <NumberField
            key={r.name}
            label={t(`study.rule.${r.name}`)}
            hint={t(`study.ruleHint.${r.name}`)}
            name={r.name}
            min={r.min}
            max={r.max}
            step={1}
            value={policy[r.name]}
          />
        ))}
      </div>
      <FormFooter {...submit} label={t("study.saveRules")} />
    </Form>
  );
}
