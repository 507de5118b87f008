import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { addResidentGroup } from "../../models/resident-groups";
import { Field } from "../field/field";
import { Form } from "../form/form";
import { FormFooter } from "../form-footer/form-footer";

/** A group of the community's own (独居老人, 失独家庭 …): residents can then be put in it and rules can name it. */
export function GroupForm({ communityId }: { communityId: string }) {
  const submit = useSubmit(async (data) => {
    const created = await addResidentGroup(communityId, text(data, "name"));
    return t("pricing.groupAdded", { name: created.name });
  });
  return (
    <Form of={submit} class="inline-form" aria-labelledby="group-new-title">
      <h3 id="group-new-title">{t("pricing.groupNew")}</h3>
      <Field label={t("pricing.groupName")} name="name" required maxLength={20} autoComplete="off" />
      <FormFooter {...submit} label={t("pricing.groupAdd")} />
    </Form>
  );
}
