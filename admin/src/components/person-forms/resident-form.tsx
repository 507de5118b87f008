import { t } from "../../i18n";
import { addResident, type NewResident } from "../../models/people";
import { groupName, residentGroups } from "../../models/resident-groups";
import { optionalText, text, useSubmit } from "../../hooks/use-submit";
import { ChoiceGroup } from "../choice-group/choice-group";
import { Field } from "../field/field";
import { FormFooter } from "../form-footer/form-footer";
import { RESIDENT_GROUPS } from "./options";
import { BirthDateField, GenderField, NameField, PhoneField } from "./person-fields";
import { Form } from "../form/form";

export function ResidentForm({ communityId, labelledBy }: { communityId: string; labelledBy: string }) {
  const submit = useSubmit(async (data) => {
    const resident: NewResident = {
      name: text(data, "name"),
      birthDate: text(data, "birthDate"),
      gender: text(data, "gender") as NewResident["gender"],
      phone: optionalText(data, "phone"),
      address: optionalText(data, "address"),
      grid: optionalText(data, "grid"),
      groups: data.getAll("groups").map(String) as NewResident["groups"],
    };
    const created = await addResident(communityId, resident);
    return t("people.added", { name: created.name });
  });

  return (
    <Form of={submit} class="panel-form" aria-labelledby={labelledBy}>
      <NameField />
      <BirthDateField />
      <GenderField />
      <PhoneField />
      <Field
        label={t("people.address")}
        hint={t("people.addressHint")}
        name="address"
        maxLength={100}
        autoComplete="off"
      />
      <Field label={t("people.grid")} name="grid" maxLength={40} autoComplete="off" />
      <ChoiceGroup
        legend={t("people.groups")}
        name="groups"
        multiple
        options={(residentGroups.data.value?.map((g) => g.code) ?? RESIDENT_GROUPS).map((g) => ({
          value: g,
          label: groupName(g),
        }))}
      />
      <FormFooter {...submit} label={t("people.addResident")} />
    </Form>
  );
}
