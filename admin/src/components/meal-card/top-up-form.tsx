import { useRef } from "preact/hooks";
import { optionalText, text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { newKey } from "../../lib/local-date";
import { formatFen, parseYuan } from "../../lib/money";
import { topUp } from "../../models/meal-cards";
import { ChoiceGroup } from "../choice-group/choice-group";
import { Field } from "../field/field";
import { MoneyField } from "../field/money-field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";

/**
 * Money taken at the desk. The idempotency key belongs to what is on the form: a double click
 * or a retry after a lost answer sends the same key (recorded once); editing the form or a
 * recorded top-up starts a new one.
 */
export function TopUpForm({ communityId, resident }: { communityId: string; resident: { id: string; name: string } }) {
  const key = useRef(newKey());
  const submit = useSubmit(async (data) => {
    // The form has checked it: yuan, above zero.
    const amountFen = parseYuan(text(data, "amount")) ?? 0;
    const result = await topUp(communityId, resident.id, {
      amountFen,
      method: text(data, "method") as "cash" | "transfer",
      note: optionalText(data, "note"),
      idempotencyKey: key.current,
    });
    key.current = newKey();
    return t("cards.done", {
      name: resident.name,
      amount: formatFen(amountFen),
      balance: formatFen(result.balanceFen),
    });
  });
  return (
    <Form of={submit} class="panel-form" aria-labelledby="top-up-title" onInput={() => (key.current = newKey())}>
      <h2 id="top-up-title">{t("cards.topUp")}</h2>
      <MoneyField label={t("cards.amount")} hint={t("cards.amountHint")} name="amount" required positive />
      <ChoiceGroup
        legend={t("cards.paidBy")}
        name="method"
        required
        options={(["cash", "transfer"] as const).map((m) => ({ value: m, label: t(`cards.method.${m}`) }))}
      />
      <Field label={t("cards.noteLabel")} name="note" maxLength={200} autoComplete="off" />
      <FormFooter {...submit} label={t("cards.submit")} />
    </Form>
  );
}
