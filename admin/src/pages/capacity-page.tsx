import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { DataTable } from "../components/data-table/data-table";
import { Field } from "../components/field/field";
import { SelectField } from "../components/field/select-field";
import { FormFooter } from "../components/form-footer/form-footer";
import { Form } from "../components/form/form";
import { PendingChoice, placeLabel, useBelowBooked } from "../components/operations/below-booked";
import { mayRun, OpsPage } from "../components/operations/ops-page";
import { TitledSection } from "../components/titled-section/titled-section";
import { optionalText, text, useSubmit } from "../hooks/use-submit";
import { t } from "../i18n";
import { todayIn } from "../lib/local-date";
import { formatFen } from "../lib/money";
import { community, facilities } from "../models/community";
import {
  capacity,
  capacityDate,
  capacityFacilityId,
  type Decision,
  type FacilityCapacity,
  type Place,
  setCapacityOnDate,
  setCapacityWeek,
} from "../models/operations";
import { paths } from "../paths";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** The study room as a whole carries its opening hours in the same template and one-off changes. */
const hasHours = (c: FacilityCapacity, p: Place | undefined) =>
  c.facility.kind === "study_room" && p?.kind === "facility";
const hoursText = (w: { opens: string | null; closes: string | null }) => (w.opens ? ` ${w.opens}–${w.closes}` : "");

/** A form's place picker keeps the chosen place in a signal, so the fields that place takes show. */
const followPlace = (placeId: { value: string }) => (e: Event) => {
  const target = e.target as HTMLSelectElement;
  if (target.name === "resourceId") placeId.value = target.value;
};

type Outcome = {
  kept: number;
  moved: number;
  cancelled: number;
  mealCardRefundedFen: number;
  sessionsReturned: number;
};
const outcomeText = (o: Outcome) =>
  t("ops.capacity.outcome", {
    kept: o.kept,
    moved: o.moved,
    cancelled: o.cancelled,
    refund: formatFen(o.mealCardRefundedFen),
    sessions: o.sessionsReturned,
  });

/** Capacity of every facility, one model: a place's weekly template and one-off changes for a date. */
export function CapacityPage() {
  useWatch(capacity);
  return (
    <OpsPage path={paths.capacity} title={t("ops.capacity.title")}>
      {(id) => (
        <>
          <ResourceView of={facilities}>
            {(list) => (
              <Chooser facilities={list.filter((f) => mayRun(f.kind)).map((f) => ({ id: f.id, kind: f.kind }))} />
            )}
          </ResourceView>
          {capacityFacilityId.value && capacityDate.value && (
            <ResourceView of={capacity}>{(c) => <CapacityView communityId={id} c={c} />}</ResourceView>
          )}
        </>
      )}
    </OpsPage>
  );
}

function Chooser({ facilities }: { facilities: { id: string; kind: string }[] }) {
  const tz = community.value?.timeZone ?? "Asia/Shanghai";
  useEffect(() => {
    if (!capacityFacilityId.value || !facilities.some((f) => f.id === capacityFacilityId.value))
      capacityFacilityId.value = facilities[0]?.id ?? null;
    capacityDate.value ??= todayIn(tz);
  }, [facilities.map((f) => f.id).join()]);
  return (
    <Form
      class="panel-form"
      aria-label={t("ops.capacity.show")}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget as HTMLFormElement);
        capacityFacilityId.value = text(data, "facilityId");
        capacityDate.value = text(data, "date");
      }}
    >
      <SelectField
        label={t("ops.capacity.facility")}
        name="facilityId"
        required
        defaultValue={capacityFacilityId.value ?? undefined}
        options={facilities.map((f) => ({ value: f.id, label: t(`facility.${f.kind}` as "facility.canteen") }))}
      />
      <Field
        label={t("ops.capacity.date")}
        name="date"
        type="date"
        required
        defaultValue={capacityDate.value ?? todayIn(tz)}
      />
      <button type="submit">{t("ops.capacity.show")}</button>
    </Form>
  );
}

function CapacityView({ communityId, c }: { communityId: string; c: FacilityCapacity }) {
  const sittings = c.facility.kind === "canteen";
  return (
    <>
      <TitledSection id="capacity-places-title" title={t("ops.capacity.places", { date: c.date })}>
        <DataTable
          caption={t("ops.capacity.places", { date: c.date })}
          columns={[
            t("ops.capacity.place"),
            { label: t("ops.capacity.inForce"), num: true },
            t("ops.capacity.source"),
            { label: t("ops.capacity.booked"), num: true },
            ...(sittings ? [t("ops.capacity.cutoff")] : []),
            t("ops.capacity.week"),
          ]}
          rows={c.places}
          row={(p) => (
            <tr key={p.id} data-place={p.id}>
              <th scope="row">{placeLabel(p)}</th>
              <td class="num" data-capacity>
                {p.capacity}
              </td>
              <td>{t(`ops.capacity.source.${p.source}`)}</td>
              <td class="num" data-booked>
                {p.booked}
              </td>
              {sittings && <td>{p.orderCutoff ?? ""}</td>}
              <td>
                {p.week.length
                  ? p.week
                      .map(
                        (w) =>
                          `${t("ops.capacity.weekday", { day: w.weekday })} ${hasHours(c, p) ? hoursText(w) : w.capacity}`,
                      )
                      .join("，")
                  : t("ops.capacity.weekNone")}
              </td>
            </tr>
          )}
        />
      </TitledSection>
      <DayForm communityId={communityId} c={c} />
      <WeekForm communityId={communityId} c={c} />
    </>
  );
}

/** What was saved and, when the staff chose for the bookings beyond the new capacity, what the choice did. */
const savedText = (saved: string, made: Outcome & { choice?: unknown }) =>
  made.choice ? `${saved} ${outcomeText(made)}` : saved;

type PlaceFormProps = {
  c: FacilityCapacity;
  id: string;
  title: string;
  /** The form's change to the place chosen, to send with the staff's decision (when it is below what is booked). */
  change: (place: Place, data: FormData) => (decision?: Decision) => Promise<string>;
  /** The fields of the place chosen. */
  children: (place: Place) => ComponentChildren;
};

/**
 * A change to one place (the day's or the week's): the place picker, whose choice shows that place's
 * fields, the reason, and below it the choice to make when the new capacity is below what is booked.
 */
function PlaceForm({ c, id, title, change, children }: PlaceFormProps) {
  const belowBooked = useBelowBooked();
  const placeId = useSignal(c.places[0]?.id ?? "");
  const chosen = c.places.find((p) => p.id === placeId.value) ?? c.places[0];
  const submit = useSubmit(async (data) => {
    const place = c.places.find((p) => p.id === text(data, "resourceId"))!;
    return belowBooked.attempt(place, change(place, data));
  });
  if (!chosen) return null;
  return (
    <TitledSection id={id} title={title}>
      <Form of={submit} class="panel-form" aria-labelledby={id} onInput={followPlace(placeId)}>
        <SelectField
          label={t("ops.capacity.place")}
          name="resourceId"
          required
          defaultValue={chosen.id}
          options={c.places.map((p) => ({ value: p.id, label: placeLabel(p) }))}
        />
        {children(chosen)}
        <Field label={t("ops.capacity.reason")} name="reason" required maxLength={200} autoComplete="off" />
        <FormFooter {...submit} label={t("ops.capacity.save")} />
      </Form>
      <PendingChoice change={belowBooked} form={submit} places={c.places} />
    </TitledSection>
  );
}

function DayForm({ communityId, c }: { communityId: string; c: FacilityCapacity }) {
  const sittings = c.facility.kind === "canteen";
  const change = (place: Place, data: FormData) => {
    const hours = hasHours(c, place);
    const json = {
      resourceId: place.id,
      date: c.date,
      capacity: Number(text(data, "capacity")),
      orderCutoff: sittings ? (optionalText(data, "orderCutoff") ?? null) : null,
      opens: hours ? (optionalText(data, "opens") ?? null) : null,
      closes: hours ? (optionalText(data, "closes") ?? null) : null,
      reason: text(data, "reason"),
    };
    return async (decision?: Decision) => {
      const made = await setCapacityOnDate(communityId, c.facility.id, { ...json, ...decision });
      return savedText(t("ops.capacity.saved", { place: placeLabel(place), capacity: made.capacity }), made);
    };
  };
  return (
    <PlaceForm c={c} id="capacity-day-title" title={t("ops.capacity.dayForm")} change={change}>
      {(place) => (
        <>
          <Field label={t("ops.capacity.newCapacity")} name="capacity" type="number" min={0} max={10000} required />
          {sittings && <Field label={t("ops.capacity.newCutoff")} name="orderCutoff" type="time" />}
          {hasHours(c, place) && (
            <>
              <Field label={t("ops.capacity.opens")} name="opens" type="time" />
              <Field label={t("ops.capacity.closes")} name="closes" type="time" />
            </>
          )}
        </>
      )}
    </PlaceForm>
  );
}

function WeekForm({ communityId, c }: { communityId: string; c: FacilityCapacity }) {
  const sittings = c.facility.kind === "canteen";
  const change = (place: Place, data: FormData) => {
    const hours = hasHours(c, place);
    const days = WEEKDAYS.flatMap((weekday) => {
      const cap = optionalText(data, `capacity-${weekday}`);
      const opens = hours ? (optionalText(data, `opens-${weekday}`) ?? null) : null;
      // The study room's week is its hours: a weekday with them is open (at the room's own capacity), without them closed.
      if (cap === undefined && !opens) return [];
      return [
        {
          weekday,
          capacity: cap === undefined ? place.ownCapacity : Number(cap),
          orderCutoff: sittings ? (optionalText(data, `cutoff-${weekday}`) ?? null) : null,
          opens,
          closes: opens ? (optionalText(data, `closes-${weekday}`) ?? null) : null,
        },
      ];
    });
    return async (decision?: Decision) => {
      const made = await setCapacityWeek(communityId, c.facility.id, {
        resourceId: place.id,
        days,
        reason: text(data, "reason"),
        ...decision,
      });
      return savedText(t("ops.capacity.weekSaved", { place: placeLabel(place) }), made);
    };
  };
  return (
    <PlaceForm c={c} id="capacity-week-title" title={t("ops.capacity.weekForm")} change={change}>
      {(place) => (
        <>
          <p>{t("ops.capacity.weekHint", { capacity: place.ownCapacity })}</p>
          <div class="week-fields" key={place.id}>
            {WEEKDAYS.map((weekday) => {
              const row = place.week.find((w) => w.weekday === weekday);
              const day = t("ops.capacity.weekday", { day: weekday });
              return (
                <div key={weekday}>
                  <Field
                    label={`${day} · ${t("ops.capacity")}`}
                    name={`capacity-${weekday}`}
                    type="number"
                    min={0}
                    max={10000}
                    defaultValue={row ? String(row.capacity) : ""}
                  />
                  {sittings && (
                    <Field
                      label={`${day} · ${t("ops.capacity.cutoff")}`}
                      name={`cutoff-${weekday}`}
                      type="time"
                      defaultValue={row?.orderCutoff ?? ""}
                    />
                  )}
                  {hasHours(c, place) && (
                    <>
                      <Field
                        label={`${day} · ${t("ops.capacity.opens")}`}
                        name={`opens-${weekday}`}
                        type="time"
                        defaultValue={row?.opens ?? ""}
                      />
                      <Field
                        label={`${day} · ${t("ops.capacity.closes")}`}
                        name={`closes-${weekday}`}
                        type="time"
                        defaultValue={row?.closes ?? ""}
                      />
                    </>
                  )}
                </div>
              );
            })}
          </div>
        </>
      )}
    </PlaceForm>
  );
}
