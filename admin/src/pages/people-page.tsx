import { useEffect } from "preact/hooks";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { ChildTable } from "../components/people-tables/child-table";
import { CourierTable } from "../components/people-tables/courier-table";
import { CanteenServices } from "../components/canteen-residents/canteen-services";
import { ResidentTable } from "../components/people-tables/resident-table";
import { ChildForm } from "../components/person-forms/child-form";
import { CourierForm } from "../components/person-forms/courier-form";
import { ResidentForm } from "../components/person-forms/resident-form";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { communityId } from "../models/community";
import { children, couriers, residents } from "../models/people";
import { residentGroups } from "../models/resident-groups";
import { may, mayListPeople } from "../models/permissions";

/** Residents, couriers and children: each section only for the staff who serve those people. */
export function PeoplePage() {
  useEffect(() => {
    const stop = [residents.watch(), couriers.watch(), children.watch(), residentGroups.watch()];
    return () => stop.forEach((s) => s());
  }, []);
  if (!mayListPeople.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <h1>{t("people.title")}</h1>
      <p>{t("people.masked")}</p>
      {may.residents.value && (
        <section aria-labelledby="residents-title">
          <h2 id="residents-title">{t("people.residents")}</h2>
          <ResourceView of={residents}>{(list) => <ResidentTable residents={list} />}</ResourceView>
          <details class="add-panel">
            <summary id="resident-add-title">{t("people.newResident")}</summary>
            <ResidentForm communityId={id} labelledBy="resident-add-title" />
          </details>
        </section>
      )}
      {may.canteen.value && residents.data.value && (
        <CanteenServices communityId={id} residents={residents.data.value} />
      )}
      {may.couriers.value && (
        <section aria-labelledby="couriers-title">
          <h2 id="couriers-title">{t("people.couriers")}</h2>
          <ResourceView of={couriers}>{(list) => <CourierTable communityId={id} couriers={list} />}</ResourceView>
          <details class="add-panel">
            <summary id="courier-add-title">{t("people.newCourier")}</summary>
            <CourierForm communityId={id} labelledBy="courier-add-title" />
          </details>
        </section>
      )}
      {may.children.value && (
        <section aria-labelledby="children-title">
          <h2 id="children-title">{t("people.children")}</h2>
          <ResourceView of={children}>{(list) => <ChildTable children={list} />}</ResourceView>
          <details class="add-panel">
            <summary id="child-add-title">{t("people.newChild")}</summary>
            <ChildForm communityId={id} labelledBy="child-add-title" />
          </details>
        </section>
      )}
    </>
  );
}
