import { type Signal, useSignal } from "@preact/signals";
import { ApiError } from "@ui/api-client";
import { ChoiceGroup } from "../choice-group/choice-group";
import { DataTable } from "../data-table/data-table";
import { SelectField } from "../field/select-field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";
import { Field } from "../field/field";
import { optionalText, text, useSubmit } from "../../hooks/use-submit";
import { locale, t } from "../../i18n";
import type { Decision, Place } from "../../models/operations";

type Choice = Decision["choice"];

export type Affected = { bookingId: string; holderName: string; date: string; startsAt: string; endsAt: string };

export const placeLabel = (p: Place) =>
  p.kind === "sitting" ? t(`ops.sitting.${p.label}` as "ops.sitting.lunch") : p.label;
const when = (a: Affected) =>
  `${a.date} ${new Intl.DateTimeFormat(locale.value, { timeStyle: "short" }).format(new Date(a.startsAt))}`;

/**
 * The API said the new capacity is below what is booked: whom it touches (the last who booked),
 * and the staff's choice for them — keep, move to another place of the same kind, or cancel with
 * notice and refund. Moving is offered only where the facility has another such place.
 */
export function BelowBooked({
  affected,
  place,
  places = [],
  onChoose,
}: {
  affected: Affected[];
  /** The place lowered; with no other places given, the choice is keep or cancel. */
  place: Pick<Place, "id" | "kind">;
  places?: Place[];
  onChoose: (choice: Choice, moveTo?: { resourceId: string; date?: string | undefined }) => Promise<string>;
}) {
  // A meal order may also go to the same sitting on another date (of the same month), so every sitting is a target.
  const sitting = place.kind === "sitting";
  const targets = places.filter((p) => p.kind === place.kind && (sitting || p.id !== place.id));
  const choice = useSignal<Choice>("keep");
  const submit = useSubmit(async (data) => {
    const picked = text(data, "choice") as Choice;
    if (picked !== "move") return onChoose(picked);
    return onChoose(picked, { resourceId: text(data, "moveTo"), date: optionalText(data, "moveToDate") });
  });
  return (
    <section aria-labelledby="below-booked-title" class="notice">
      <h3 id="below-booked-title">{t("ops.capacity.belowTitle")}</h3>
      <p>{t("ops.capacity.belowHelp", { count: affected.length })}</p>
      <DataTable
        caption={t("ops.capacity.belowTitle")}
        columns={[t("ops.capacity.holder"), t("ops.capacity.when")]}
        rows={affected}
        row={(a) => (
          <tr key={a.bookingId} data-affected={a.bookingId}>
            <th scope="row">{a.holderName}</th>
            <td>{when(a)}</td>
          </tr>
        )}
      />
      <Form
        of={submit}
        class="panel-form"
        aria-labelledby="below-booked-title"
        onInput={(e) => {
          const target = e.target as HTMLInputElement;
          if (target.name === "choice") choice.value = target.value as Choice;
        }}
      >
        <ChoiceGroup
          legend={t("ops.capacity.choice")}
          name="choice"
          required
          options={(["keep", ...(targets.length ? ["move"] : []), "cancel"] as Choice[]).map((c) => ({
            value: c,
            label: t(`ops.capacity.choice.${c}`),
          }))}
        />
        {choice.value === "move" && (
          <SelectField
            label={t("ops.capacity.moveTo")}
            name="moveTo"
            required
            options={targets.map((p) => ({ value: p.id, label: placeLabel(p) }))}
          />
        )}
        {choice.value === "move" && sitting && (
          <Field
            label={t("ops.capacity.moveToDate")}
            name="moveToDate"
            type="date"
            defaultValue={affected[0]?.date ?? ""}
          />
        )}
        <FormFooter {...submit} label={t("ops.capacity.confirm")} />
      </Form>
    </section>
  );
}

type Send = (decision?: Decision) => Promise<string>;
type Pending = { affected: Affected[]; place: Pick<Place, "id" | "kind">; send: Send };
type MoveTo = { resourceId: string; date?: string | undefined };

/**
 * Sends a change; below what is booked, keeps it pending until the staff choose what happens. If
 * more were booked while they chose, the API answers BELOW_BOOKED again and the new list is shown.
 */
export function useBelowBooked() {
  const pending = useSignal<Pending | null>(null);
  async function attempt(place: Pending["place"], send: Send, decision?: Decision) {
    try {
      const said = await send(decision);
      pending.value = null;
      return said;
    } catch (err) {
      if (err instanceof ApiError && err.code === "BELOW_BOOKED") {
        pending.value = { affected: (err.details?.affected ?? []) as Affected[], place, send };
        return undefined;
      }
      throw err;
    }
  }
  /** The choice made on the list shown. */
  const choose = (choice: Choice, moveTo?: MoveTo) => {
    const p = pending.value!;
    return attempt(p.place, p.send, {
      choice,
      seen: p.affected.map((a) => a.bookingId),
      ...(moveTo ? { moveToResourceId: moveTo.resourceId } : {}),
      ...(moveTo?.date ? { moveToDate: moveTo.date } : {}),
    });
  };
  return { pending, attempt, choose };
}

/** A change's pending choice under its form; what the choice did is said in the form's own feedback. */
export function PendingChoice({
  change,
  form,
  places,
}: {
  change: ReturnType<typeof useBelowBooked>;
  form: { done: Signal<string | null> };
  places?: Place[];
}) {
  const p = change.pending.value;
  if (!p) return null;
  return (
    <BelowBooked
      affected={p.affected}
      place={p.place}
      {...(places ? { places } : {})}
      onChoose={async (choice, moveTo) => {
        const said = await change.choose(choice, moveTo);
        form.done.value = said ?? null;
        return said ?? t("ops.capacity.belowAgain");
      }}
    />
  );
}
