import { useAction } from "../../hooks/use-action";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { localDateTimeText } from "../../lib/zoned-format";
import { addClosure, removeClosure, type Closure } from "../../models/study-room";
import { ActionFeedback } from "../action-feedback/action-feedback";
import { ConfirmButton } from "../confirm-button/confirm-button";
import { FormFooter } from "../form-footer/form-footer";
import { DataTable } from "../data-table/data-table";
import { Form } from "../form/form";
import { Field } from "../field/field";
import { ReasonField } from "../form/fields";

type Props = { communityId: string; closures: Closure[] };

/**
 * Closures to come (a holiday, an exam day, repairs), in the room's local time, with the form to
 * add one; bookings inside are cancelled and their people told at the kiosk.
 */
export function Closures({ communityId, closures }: Props) {
  const action = useAction();
  return (
    <section class="panel-form" aria-labelledby="closures-title">
      <h2 id="closures-title">{t("study.closures")}</h2>
      {closures.length === 0 ? (
        <p>{t("study.noClosures")}</p>
      ) : (
        <DataTable
          caption={t("study.closures")}
          columns={[t("study.closureFrom"), t("study.closureTo"), t("study.closureReason"), t("study.actions")]}
          rows={closures}
          row={(c) => (
            <tr key={c.id}>
              <td>{localDateTimeText(c.from)}</td>
              <td>{localDateTimeText(c.to)}</td>
              <td>{c.reason}</td>
              <td>
                <ConfirmButton
                  label={t("study.removeClosure")}
                  ariaLabel={t("study.removeClosureOf", { from: localDateTimeText(c.from) })}
                  question={t("study.removeClosureQuestion")}
                  confirmLabel={t("study.removeClosureConfirm")}
                  onConfirm={() =>
                    action.run(
                      async () => (
                        await removeClosure(communityId, c.id),
                        t("study.closureRemoved", { from: localDateTimeText(c.from) })
                      ),
                    )
                  }
                />
              </td>
            </tr>
          )}
        />
      )}
      <ActionFeedback action={action} />
      <ClosureForm communityId={communityId} />
    </section>
  );
}

function ClosureForm({ communityId }: { communityId: string }) {
  const submit = useSubmit(async (data) => {
    const closure = await addClosure(communityId, {
      from: text(data, "from"),
      to: text(data, "to"),
      reason: text(data, "reason"),
    });
    return t("study.closureAdded", { count: closure.bookingsCancelled });
  });
  return (
    <Form of={submit} heading={t("study.addClosure")} level={3}>
      <p class="field-hint">{t("study.closureHelp")}</p>
      <div class="inline-fields">
        <Field label={t("study.closureFrom")} name="from" type="datetime-local" required step={60} />
        <Field label={t("study.closureTo")} name="to" type="datetime-local" required step={60} />
      </div>
      <ReasonField label={t("study.closureReason")} />
      <FormFooter {...submit} label={t("study.addClosureButton")} />
    </Form>
  );
}
