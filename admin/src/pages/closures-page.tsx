import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { ConfirmButton } from "../components/confirm-button/confirm-button";
import { DataTable } from "../components/data-table/data-table";
import { Field } from "../components/field/field";
import { SelectField } from "../components/field/select-field";
import { FormFooter } from "../components/form-footer/form-footer";
import { Form } from "../components/form/form";
import { mayRun, OpsPage } from "../components/operations/ops-page";
import { TitledSection } from "../components/titled-section/titled-section";
import { useAction } from "../hooks/use-action";
import { text, useSubmit } from "../hooks/use-submit";
import { t } from "../i18n";
import { formatFen } from "../lib/money";
import { type Facility, facilities } from "../models/community";
import { addClosure, type Closure, closures, removeClosure } from "../models/operations";
import { paths } from "../paths";

/** Closures of every facility in one place: plan one (bookings inside cancelled and refunded), or open again. */
export function ClosuresPage() {
  useWatch(closures);
  return (
    <OpsPage path={paths.closures} title={t("ops.closures.title")}>
      {(id) => (
        <>
          <TitledSection id="closures-list-title" title={t("ops.closures.list")}>
            <ResourceView of={closures}>{(list) => <ClosureTable communityId={id} list={list} />}</ResourceView>
          </TitledSection>
          <TitledSection id="closures-add-title" title={t("ops.closures.add")}>
            <p>{t("ops.closures.help")}</p>
            <ResourceView of={facilities}>
              {(list) => <ClosureForm communityId={id} facilities={list.filter((f) => mayRun(f.kind))} />}
            </ResourceView>
          </TitledSection>
        </>
      )}
    </OpsPage>
  );
}

function ClosureTable({ communityId, list }: { communityId: string; list: Closure[] }) {
  const action = useAction();
  return (
    <DataTable
      caption={t("ops.closures.list")}
      empty={t("ops.closures.none")}
      action={action}
      columns={[
        t("ops.facility"),
        t("ops.closures.from"),
        t("ops.closures.to"),
        t("ops.capacity.reason"),
        t("ops.actions"),
      ]}
      rows={list}
      row={(c) => (
        <tr key={c.id} data-closure={c.id}>
          <th scope="row">{t(`facility.${c.facilityKind}`)}</th>
          <td>{c.from.replace("T", " ")}</td>
          <td>{c.to.replace("T", " ")}</td>
          <td>{c.reason}</td>
          <td>
            {mayRun(c.facilityKind) && (
              <ConfirmButton
                label={t("ops.closures.remove")}
                question={t("ops.closures.removeQuestion")}
                confirmLabel={t("ops.closures.removeConfirm")}
                onConfirm={() =>
                  action.run(async () => {
                    await removeClosure(communityId, c.id);
                    return t("ops.closures.removed");
                  })
                }
              />
            )}
          </td>
        </tr>
      )}
    />
  );
}

function ClosureForm({ communityId, facilities }: { communityId: string; facilities: Facility[] }) {
  const submit = useSubmit(async (data) => {
    const made = await addClosure(communityId, {
      facilityId: text(data, "facilityId"),
      from: text(data, "from"),
      to: text(data, "to"),
      reason: text(data, "reason"),
    });
    return t("ops.closures.made", {
      facility: t(`facility.${made.facilityKind}`),
      count: made.bookingsCancelled,
      refund: formatFen(made.mealCardRefundedFen),
      sessions: made.sessionsReturned,
    });
  });
  return (
    <Form of={submit} class="panel-form" aria-labelledby="closures-add-title">
      <SelectField
        label={t("ops.facility")}
        name="facilityId"
        required
        options={facilities.map((f) => ({ value: f.id, label: t(`facility.${f.kind}`) }))}
      />
      <Field label={t("ops.closures.from")} name="from" type="datetime-local" required />
      <Field label={t("ops.closures.to")} name="to" type="datetime-local" required />
      <Field label={t("ops.closures.reason")} name="reason" required maxLength={200} autoComplete="off" />
      <FormFooter {...submit} label={t("ops.closures.save")} />
    </Form>
  );
}
