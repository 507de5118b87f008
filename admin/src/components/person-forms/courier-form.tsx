import { t } from "../../i18n";
import { text, useSubmit } from "../../hooks/use-submit";
import { addCourier, type NewCourier } from "../../models/people";
import { ChoiceGroup } from "../choice-group/choice-group";
import { Field } from "../field/field";
import { FormFooter } from "./form-footer";
import { COURIER_PLATFORMS, GENDERS } from "./options";

/** New couriers start unverified until the keeper has seen their platform card. */
export function CourierForm({ communityId, labelledBy }: { communityId: string; labelledBy: string }) {
  const submit = useSubmit(async (data) => {
    const courier: NewCourier = {
      name: text(data, "name"),
      phone: text(data, "phone"),
      platform: text(data, "platform") as NewCourier["platform"],
      gender: text(data, "gender") as NewCourier["gender"],
    };
    const created = await addCourier(communityId, courier);
    return t("people.added", { name: created.name });
  });

  return (
    <form class="panel-form" aria-labelledby={labelledBy} onSubmit={submit.onSubmit}>
      <Field label={t("people.name")} name="name" required maxLength={40} autoComplete="off" />
      <Field
        label={t("people.phone")}
        hint={t("people.phoneHint")}
        name="phone"
        type="tel"
        inputMode="numeric"
        required
        pattern="1\d{10}"
        maxLength={11}
        autoComplete="off"
      />
      <div class="field">
        <label for="new-courier-platform">{t("people.platform")}</label>
        <select id="new-courier-platform" name="platform" required>
          {COURIER_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`platform.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <ChoiceGroup
        legend={t("people.gender")}
        name="gender"
        options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
        required
      />
      <FormFooter {...submit} label={t("people.addCourier")} />
    </form>
  );
}
