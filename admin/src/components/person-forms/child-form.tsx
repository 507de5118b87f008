import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { t } from "../../i18n";
import { text, useSubmit } from "../../hooks/use-submit";
import { addChild, residents } from "../../models/people";
import { Field } from "../field/field";
import { ResourceView } from "../resource-view/resource-view";
import { FormFooter } from "./form-footer";
import { GUARDIAN_RELATIONS } from "./options";

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
    <form class="panel-form" aria-labelledby={labelledBy} onSubmit={submit.onSubmit}>
      <Field label={t("people.name")} name="name" required maxLength={40} autoComplete="off" />
      <Field
        label={t("people.birthDate")}
        name="birthDate"
        type="date"
        required
        max={new Date().toISOString().slice(0, 10)}
      />
      <ResourceView of={residents}>
        {(list) => (
          <>
            {Array.from({ length: rows.value }, (_, i) => (
              <fieldset key={i} class="guardian-row">
                <legend>{t("people.guardianN", { n: i + 1 })}</legend>
                <div class="field">
                  <label for={`guardian-${i}`}>{t("people.guardian")}</label>
                  <select id={`guardian-${i}`} name="guardian" required={i === 0}>
                    <option value="">{t("people.chooseResident")}</option>
                    {list.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.address ? `${r.name} · ${r.address}` : r.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for={`relation-${i}`}>{t("people.relation")}</label>
                  <select id={`relation-${i}`} name="relation">
                    {GUARDIAN_RELATIONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`relation.${r}`)}
                      </option>
                    ))}
                  </select>
                </div>
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
    </form>
  );
}
