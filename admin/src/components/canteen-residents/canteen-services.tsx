import { ActionFeedback } from "../action-feedback/action-feedback";
import { useEffect, useId } from "preact/hooks";
import { useAction } from "../../hooks/use-action";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { canteenResidents, linkFamily, setDeliveryEligible, unlinkFamily } from "../../models/canteen";
import type { Resident } from "../../models/people";
import { ConfirmButton } from "../confirm-button/confirm-button";
import { FormFooter } from "../person-forms/form-footer";
import { ResourceView } from "../resource-view/resource-view";

/** The canteen's part of the residents page: who gets meals delivered, and who may order for whom. */
export function CanteenServices({ communityId, residents }: { communityId: string; residents: Resident[] }) {
  useEffect(() => canteenResidents.watch(), []);
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
    <>
      <ActionFeedback action={action} />
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">{t("canteenPeople.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("people.name")}</th>
              <th scope="col">{t("canteenPeople.delivery")}</th>
              <th scope="col">{t("canteenPeople.family")}</th>
            </tr>
          </thead>
          <tbody>
            {residents.map((r) => {
              const eligible = flags.residents.find((f) => f.id === r.id)?.deliveryEligible ?? false;
              const family = flags.links.filter((l) => l.elderId === r.id);
              return (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <input
                      type="checkbox"
                      checked={eligible}
                      disabled={action.busy.value}
                      aria-label={t("canteenPeople.deliveryOf", { name: r.name })}
                      onChange={(e) => toggle(r, e.currentTarget.checked)}
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
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function FamilyLinkForm({ communityId, residents }: { communityId: string; residents: Resident[] }) {
  const elderId = useId();
  const familyId = useId();
  const submit = useSubmit(async (data) => {
    const [elder, family] = [text(data, "elder"), text(data, "family")];
    await linkFamily(communityId, elder, family);
    const name = (id: string) => residents.find((r) => r.id === id)?.name ?? "";
    return t("canteenPeople.linked", { family: name(family), elder: name(elder) });
  });
  const options = (
    <>
      <option value="">{t("people.chooseResident")}</option>
      {residents.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}（{r.birthDate}）
        </option>
      ))}
    </>
  );
  return (
    <form class="panel-form" aria-labelledby="family-link-title" onSubmit={submit.onSubmit}>
      <div class="field">
        <label for={elderId}>{t("canteenPeople.elder")}</label>
        <select id={elderId} name="elder" required>
          {options}
        </select>
      </div>
      <div class="field">
        <label for={familyId}>{t("canteenPeople.familyMember")}</label>
        <select id={familyId} name="family" required>
          {options}
        </select>
      </div>
      <FormFooter {...submit} label={t("canteenPeople.addLink")} />
    </form>
  );
}
