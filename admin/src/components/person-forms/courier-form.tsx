import { t } from "../../i18n";
import { text, useSubmit } from "../../hooks/use-submit";
import { addCourier, type NewCourier } from "../../models/people";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { COURIER_PLATFORMS } from "./options";
import { GenderField, NameField, PhoneField } from "./person-fields";
import { Form } from "../form/form";

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
    <Form of={submit} class="panel-form" aria-labelledby={labelledBy}>
      <NameField />
      <PhoneField required />
      <SelectField
        label={t("people.platform")}
        name="platform"
        required
        options={COURIER_PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
      />
      <GenderField />
      <FormFooter {...submit} label={t("people.addCourier")} />
    </Form>
  );
}
