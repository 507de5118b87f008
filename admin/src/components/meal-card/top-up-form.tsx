import { useRef } from "preact/hooks";
import { ApiError } from "@ui/api-client";
import { optionalText, text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { newKey } from "../../lib/local-date";
import { formatFen, parseYuan, YUAN_PATTERN } from "../../lib/money";
import { topUp } from "../../models/meal-cards";
import { ChoiceGroup } from "../choice-group/choice-group";
import { Field } from "../field/field";
import { FormFooter } from "../form-footer/form-footer";

/**
 * Money taken at the desk. The idempotency key belongs to what is on the form: a double click
 * or a retry after a lost answer sends the same key (recorded once); editing the form or a
 * recorded top-up starts a new one.
 */
export function TopUpForm({ communityId, resident }: { communityId: string; resident: { id: string; name: string } }) {
  const key = useRef(newKey());
  const submit = useSubmit(async (data) => {
    const amountFen = parseYuan(text(data, "amount"));
    if (amountFen === null || amountFen <= 0) throw new ApiError(422, "MONEY_FORMAT", "amount");
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
    <form
      class="panel-form"
      aria-labelledby="top-up-title"
      onSubmit={submit.onSubmit}
      onInput={() => (key.current = newKey())}
    >
      <h2 id="top-up-title">{t("cards.topUp")}</h2>
      <Field
        label={t("cards.amount")}
        hint={t("cards.amountHint")}
        name="amount"
        required
        inputMode="decimal"
        pattern={YUAN_PATTERN}
        autoComplete="off"
      />
      <ChoiceGroup
        legend={t("cards.paidBy")}
        name="method"
        required
        options={(["cash", "transfer"] as const).map((m) => ({ value: m, label: t(`cards.method.${m}`) }))}
      />
      <Field label={t("cards.noteLabel")} name="note" maxLength={200} autoComplete="off" />
      <FormFooter {...submit} label={t("cards.submit")} />
    </form>
  );
}
