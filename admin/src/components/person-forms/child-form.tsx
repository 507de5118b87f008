import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { t } from "../../i18n";
import { text, useSubmit } from "../../hooks/use-submit";
import { addChild, residents } from "../../models/people";
import { SelectField } from "../field/select-field";
import { BirthDateField, NameField } from "./person-fields";
import { ResourceView } from "../resource-view/resource-view";
import { FormFooter } from "../form-footer/form-footer";
import { GUARDIAN_RELATIONS } from "./options";
import { Form } from "../form/form";

const MAX_GUARDIANS = 6;

/** A child is added with at least one guardian, chosen from the residents already enrolled. */
export function ChildForm({ communityId, labelledBy }: { communityId: string; labelledBy: string }) {
  const rows = useSignal(1);
  useEffect(() => residents.watch(), []);
  const submit = useSubmit(async (data) => {
    const ids = data.getAll("guardian").map(String);
    const relations = data.getAll("relation").map(String);
    const guardians = ids
      .map((residentId, i) => ({ residentId, relation: relations[i] ?? "other" }))
      .filter((g) => g.residentId);
    const created = await addChild(communityId, {
      name: text(data, "name"),
      birthDate: text(data, "birthDate"),
      guardians,
    });
    rows.value = 1;
    return t("people.added", { name: created.name });
  });

  return (
    <Form of={submit} class="panel-form" aria-labelledby={labelledBy}>
      <NameField />
      <BirthDateField />
      <ResourceView of={residents}>
        {(list) => (
          <>
            {Array.from({ length: rows.value }, (_, i) => (
              <fieldset key={i} class="guardian-row">
                <legend>{t("people.guardianN", { n: i + 1 })}</legend>
                <SelectField
                  label={t("people.guardian")}
                  name="guardian"
                  required={i === 0}
                  placeholder={t("people.chooseResident")}
                  options={list.map((r) => ({ value: r.id, label: r.address ? `${r.name} · ${r.address}` : r.name }))}
                />
                <SelectField
                  label={t("people.relation")}
                  name="relation"
                  options={GUARDIAN_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
                />
              </fieldset>
            ))}
            {rows.value < MAX_GUARDIANS && (
              <button type="button" class="secondary" onClick={() => rows.value++}>
                {t("people.addGuardian")}
              </button>
            )}
          </>
        )}
      </ResourceView>
      <FormFooter {...submit} label={t("people.addChild")} />
    </Form>
  );
}
