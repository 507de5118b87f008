import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import type { ComponentChildren } from "preact";
import { CommunityPage } from "../components/community-page/community-page";
import { ChildTable } from "../components/people-tables/child-table";
import { CourierTable } from "../components/people-tables/courier-table";
import { CanteenServices } from "../components/canteen-residents/canteen-services";
import { ResidentTable } from "../components/people-tables/resident-table";
import { ChildForm } from "../components/person-forms/child-form";
import { CourierForm } from "../components/person-forms/courier-form";
import { ResidentForm } from "../components/person-forms/resident-form";
import { TitledSection } from "../components/titled-section/titled-section";
import { t } from "../i18n";
import { children, couriers, residents } from "../models/people";
import { residentGroups } from "../models/resident-groups";
import { may, mayListPeople } from "../models/permissions";

/** Residents, couriers and children: each section only for the staff who serve those people. */
export function PeoplePage() {
  useWatch(residents, couriers, children, residentGroups);
  return (
    <CommunityPage allowed={mayListPeople.value} title={t("people.title")}>
      {(id) => (
        <>
          <p>{t("people.masked")}</p>
          {may.residents.value && (
            <PeopleSection kind="residents" add={t("people.newResident")}>
              <ResourceView of={residents}>{(list) => <ResidentTable residents={list} />}</ResourceView>
              <ResidentForm communityId={id} labelledBy="residents-add-title" />
            </PeopleSection>
          )}
          {may.canteen.value && residents.data.value && (
            <CanteenServices communityId={id} residents={residents.data.value} />
          )}
          {may.couriers.value && (
            <PeopleSection kind="couriers" add={t("people.newCourier")}>
              <ResourceView of={couriers}>{(list) => <CourierTable communityId={id} couriers={list} />}</ResourceView>
              <CourierForm communityId={id} labelledBy="couriers-add-title" />
            </PeopleSection>
          )}
          {may.children.value && (
            <PeopleSection kind="children" add={t("people.newChild")}>
              <ResourceView of={children}>{(list) => <ChildTable children={list} />}</ResourceView>
              <ChildForm communityId={id} labelledBy="children-add-title" />
            </PeopleSection>
          )}
        </>
      )}
    </CommunityPage>
  );
}

type SectionProps = {
  kind: "residents" | "couriers" | "children";
  add: string;
  children: [ComponentChildren, ComponentChildren];
};

/** One kind of person: the list, and under it the form that adds one, folded away (its summary names the form). */
function PeopleSection({ kind, add, children: [list, form] }: SectionProps) {
  return (
    <TitledSection id={`${kind}-title`} title={t(`people.${kind}`)}>
      {list}
      <details class="add-panel">
        <summary id={`${kind}-add-title`}>{add}</summary>
        {form}
      </details>
    </TitledSection>
  );
}
