import { useAction } from "../../hooks/use-action";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { canteenResidents, linkFamily, setDeliveryEligible, unlinkFamily } from "../../models/canteen";
import type { Resident } from "../../models/people";
import { ConfirmButton } from "../confirm-button/confirm-button";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { ResourceView, useWatch } from "../resource-view/resource-view";
import { DataTable } from "../data-table/data-table";
import "./canteen-services.css";
import { Form } from "../form/form";
import { CheckField } from "../field/check-field";

/** The canteen's part of the residents page: who gets meals delivered, and who may order for whom. */
export function CanteenServices({ communityId, residents }: { communityId: string; residents: Resident[] }) {
  useWatch(canteenResidents);
  return (
    <section aria-labelledby="canteen-services-title">
      <h2 id="canteen-services-title">{t("canteenPeople.title")}</h2>
      <p>{t("canteenPeople.help")}</p>
      <ResourceView of={canteenResidents}>
        {(flags) => <ServicesTable communityId={communityId} residents={residents} flags={flags} />}
      </ResourceView>
      <details class="add-panel">
        <summary id="family-link-title">{t("canteenPeople.addLink")}</summary>
        <FamilyLinkForm communityId={communityId} residents={residents} />
      </details>
    </section>
  );
}

type Flags = NonNullable<typeof canteenResidents.data.value>;

function ServicesTable({
  communityId,
  residents,
  flags,
}: {
  communityId: string;
  residents: Resident[];
  flags: Flags;
}) {
  const action = useAction();
  const name = (id: string) => residents.find((r) => r.id === id)?.name ?? "—";
  const toggle = (r: Resident, on: boolean) =>
    action.run(async () => {
      await setDeliveryEligible(communityId, r.id, on);
      return t(on ? "canteenPeople.deliveryOn" : "canteenPeople.deliveryOff", { name: r.name });
    });
  return (
    <DataTable
      caption={t("canteenPeople.title")}
      action={action}
      columns={[t("people.name"), t("canteenPeople.delivery"), t("canteenPeople.family")]}
      rows={residents}
      row={(r) => {
        const eligible = flags.residents.find((f) => f.id === r.id)?.deliveryEligible ?? false;
        const family = flags.links.filter((l) => l.elderId === r.id);
        return (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td>
              <CheckField
                label={t("canteenPeople.deliveryOf", { name: r.name })}
                hideLabel
                checked={eligible}
                disabled={action.busy.value}
                onChange={(checked) => toggle(r, checked)}
              />
            </td>
            <td>
              {family.length === 0 ? (
                "—"
              ) : (
                <ul class="link-list">
                  {family.map((l) => {
                    const names = { family: name(l.familyId), elder: r.name };
                    return (
                      <li key={l.familyId}>
                        {names.family}{" "}
                        <ConfirmButton
                          label={t("canteenPeople.unlink")}
                          ariaLabel={t("canteenPeople.unlinkOf", names)}
                          question={t("canteenPeople.unlinkQuestion", names)}
                          confirmLabel={t("canteenPeople.unlinkConfirm")}
                          onConfirm={() =>
                            action.run(async () => void (await unlinkFamily(communityId, l.elderId, l.familyId)))
                          }
                        />
                      </li>
                    );
                  })}
                </ul>
              )}
            </td>
          </tr>
        );
      }}
    />
  );
}

function FamilyLinkForm({ communityId, residents }: { communityId: string; residents: Resident[] }) {
  const submit = useSubmit(async (data) => {
    const [elder, family] = [text(data, "elder"), text(data, "family")];
    await linkFamily(communityId, elder, family);
    const name = (id: string) => residents.find((r) => r.id === id)?.name ?? "";
    return t("canteenPeople.linked", { family: name(family), elder: name(elder) });
  });
  const options = residents.map((r) => ({ value: r.id, label: `${r.name}（${r.birthDate}）` }));
  const chooser = { required: true, placeholder: t("people.chooseResident"), options };
  return (
    <Form of={submit} class="panel-form" aria-labelledby="family-link-title">
      <SelectField label={t("canteenPeople.elder")} name="elder" {...chooser} />
      <SelectField label={t("canteenPeople.familyMember")} name="family" {...chooser} />
      <FormFooter {...submit} label={t("canteenPeople.addLink")} />
    </Form>
  );
}
