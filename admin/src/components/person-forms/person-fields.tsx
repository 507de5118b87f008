import { t } from "../../i18n";
import { serverNow } from "../../lib/local-date";
import { ChoiceGroup } from "../choice-group/choice-group";
import { Field } from "../field/field";
import { GENDERS } from "./options";

/** The fields every person form opens with, in the same words and limits: name, then birth date. */
export function NameField() {
  return <Field label={t("people.name")} name="name" required maxLength={40} autoComplete="off" />;
}

export function BirthDateField() {
  return (
    <Field
      label={t("people.birthDate")}
      name="birthDate"
      type="date"
      required
      max={serverNow().toISOString().slice(0, 10)}
    />
  );
}

/** A mainland mobile number: eleven digits starting with 1. */
export function PhoneField({ required }: { required?: boolean }) {
  return (
    <Field
      label={t("people.phone")}
      hint={t("people.phoneHint")}
      name="phone"
      type="tel"
      inputMode="numeric"
      required={required}
      pattern="1\d{10}"
      maxLength={11}
      autoComplete="off"
    />
  );
}

export function GenderField() {
  return (
    <ChoiceGroup
      legend={t("people.gender")}
      name="gender"
      options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
      required
    />
  );
}
