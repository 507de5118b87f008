import { t } from "../../i18n";
import { parseYuan, YUAN_PATTERN } from "../../lib/money";
import { Field } from "./field";

type Props = {
  label: string;
  name: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  placeholder?: string;
  hideLabel?: boolean;
  /** Zero is refused too (a top-up); without it 0 is a fine amount (a subsidy of nothing). */
  positive?: boolean;
};

/** An amount in yuan (read with parseYuan into integer fen), worded the same in every form. */
export function MoneyField({ label, positive, ...input }: Props) {
  return (
    <Field
      label={label}
      inputMode="decimal"
      pattern={YUAN_PATTERN}
      autoComplete="off"
      invalidMessage={t("form.money", { field: label })}
      check={positive ? (v) => ((parseYuan(v) ?? 0) > 0 ? null : t("form.moreThanZero", { field: label })) : undefined}
      {...input}
    />
  );
}
