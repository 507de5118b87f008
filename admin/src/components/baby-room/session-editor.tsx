import { useSignal } from "@preact/signals";
import { RunButton } from "../run-button/run-button";
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { ApiError } from "@ui/api-client";
import { DataTable } from "../data-table/data-table";
import { Field } from "../field/field";
import { TypeSelect } from "./type-select";
import { Form } from "../form/form";
import { NumberField, ReasonField } from "../form/fields";
import { FormFooter } from "../form-footer/form-footer";
import { type Affected, PendingChoice, useBelowBooked } from "../operations/below-booked";
import { useAction } from "../../hooks/use-action";
import { ActionFeedback } from "../action-feedback/action-feedback";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { instantIn, localInput } from "../../lib/local-date";
import { type BabySetup, keepOrCancel, removeBabySession, updateBabySession } from "../../models/baby-room";

export type WeekSession = { id: string; typeId: string; startsAt: string; caregivers: number; taken: number };
type Props = {
  communityId: string;
  session: WeekSession;
  when: string;
  timeZone: string;
  types: BabySetup["types"];
  onClose: () => void;
};

/** Change a session: caregivers always; time and type while nobody has booked it (the API says so otherwise). */
export function SessionEditForm({ communityId, session, when, timeZone, types, onClose }: Props) {
  const change = useBelowBooked();
  const saved = (made: Awaited<ReturnType<typeof updateBabySession>>) =>
    [
      t("baby.week.saved", { capacity: made.session.capacity }),
      made.bookingsCancelled
        ? t("baby.policy.cancelled", { count: made.bookingsCancelled, sessions: made.sessionsReturned })
        : "",
    ]
      .filter(Boolean)
      .join(" ");
  const submit = useSubmit(async (data) => {
    const json = {
      typeId: text(data, "typeId"),
      startsAt: instantIn(text(data, "startsAt"), timeZone),
      caregivers: Number(text(data, "caregivers")),
      reason: text(data, "reason"),
    };
    return change.attempt({ id: session.id, kind: "session" }, async (decision) =>
      saved(await updateBabySession(communityId, session.id, { ...json, ...keepOrCancel(decision) })),
    );
  });
  return (
    <SessionPanel
      title={t("baby.week.editTitle", { when })}
      hint={t("baby.week.editHint")}
      submit={submit}
      label={t("baby.week.save")}
      onClose={onClose}
      fields={
        <div class="inline-fields">
          <TypeSelect types={types} defaultValue={session.typeId} choose={false} />
          <Field
            label={t("baby.setup.startsAt")}
            name="startsAt"
            type="datetime-local"
            required
            step={60}
            defaultValue={localInput(session.startsAt, timeZone)}
          />
          <NumberField
            label={t("baby.setup.caregivers")}
            name="caregivers"
            min={0}
            max={20}
            value={session.caregivers}
          />
        </div>
      }
    >
      <PendingChoice change={change} form={submit} />
    </SessionPanel>
  );
}

/**
 * Cancel a session. With bookings the API answers whom it touches; staff see them listed and
 * confirm, and only then are the bookings cancelled with a notice and given back.
 */
export function SessionRemoveForm({ communityId, session, when, onClose }: Omit<Props, "types" | "timeZone">) {
  const pending = useSignal<{ affected: Affected[]; reason: string } | null>(null);
  const confirm = useAction();
  const submit = useSubmit(async (data) => {
    const reason = text(data, "reason");
    pending.value = null;
    try {
      await removeBabySession(communityId, session.id, { reason });
      return t("baby.week.removed");
    } catch (err) {
      if (err instanceof ApiError && err.code === "SESSION_HAS_BOOKINGS") {
        pending.value = { affected: (err.details?.affected ?? []) as Affected[], reason };
        return;
      }
      throw err;
    }
  });
  const p = pending.value;
  return (
    <SessionPanel
      title={t("baby.week.removeTitle", { when })}
      submit={submit}
      label={t("baby.week.removeButton")}
      onClose={onClose}
    >
      {p && (
        <section aria-labelledby="baby-affected-title" class="notice">
          <h3 id="baby-affected-title">{t("baby.week.affectedTitle")}</h3>
          <p>{t("baby.week.affectedHelp", { count: p.affected.length })}</p>
          <DataTable
            caption={t("baby.week.affectedTitle")}
            columns={[t("ops.capacity.holder")]}
            rows={p.affected}
            row={(a) => (
              <tr key={a.bookingId} data-affected={a.bookingId}>
                <th scope="row">{a.holderName}</th>
              </tr>
            )}
          />
          <RunButton
            action={confirm}
            class="danger"
            run={async () => {
              const done = await removeBabySession(communityId, session.id, {
                reason: p.reason,
                cancelBookings: true,
              });
              pending.value = null;
              return t("baby.week.removedWithBookings", {
                count: done.bookingsCancelled,
                sessions: done.sessionsReturned,
              });
            }}
          >
            {t("baby.week.confirmRemove")}
          </RunButton>
        </section>
      )}
      <ActionFeedback action={confirm} />
    </SessionPanel>
  );
}

/**
 * A session's panel under its title: the form (its own fields, the reason the audit keeps, send
 * and close), then what follows it (a choice the API asks for, the bookings a cancel touches).
 */
function SessionPanel({
  title,
  hint,
  submit,
  label,
  onClose,
  fields,
  children,
}: {
  title: string;
  hint?: string;
  submit: ReturnType<typeof useSubmit>;
  label: string;
  onClose: () => void;
  fields?: ComponentChildren;
  children: ComponentChildren;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} class="panel">
      <h2 id={id}>{title}</h2>
      {hint && <p class="field-hint">{hint}</p>}
      <Form of={submit} class="panel-form" aria-labelledby={id}>
        {fields}
        <ReasonField label={t("baby.week.reason")} minLength={2} />
        <FormFooter {...submit} label={label} />
        <button type="button" onClick={onClose}>
          {t("baby.week.close")}
        </button>
      </Form>
      {children}
    </section>
  );
}

/** The open session's panel: the edit form or the cancel form. */
export function OpenSession({ mode, ...props }: Props & { mode: "edit" | "remove" }) {
  return mode === "edit" ? <SessionEditForm {...props} /> : <SessionRemoveForm {...props} />;
}
