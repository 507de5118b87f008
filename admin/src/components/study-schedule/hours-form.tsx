import { useSignal } from "@preact/signals";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { weekdayName as dayName } from "../../lib/weekday-name";
import { setWeeklyHours, type WeekdayHours } from "../../models/study-room";
import { FormFooter } from "../form-footer/form-footer";
import { DataTable } from "../data-table/data-table";
import { Form } from "../form/form";
import { CheckField } from "../field/check-field";
import { Field } from "../field/field";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
// A day's two times, each with the time a new day starts at.
const ENDS = [
  { name: "opens", label: "study.opensOf", usual: "08:00" },
  { name: "closes", label: "study.closesOf", usual: "22:00" },
] as const;

/** Opening hours for each weekday; a day ticked closed is left out, which the API reads as closed. */
export function HoursForm({ communityId, hours }: { communityId: string; hours: WeekdayHours[] }) {
  const row = (weekday: number) => hours.find((h) => h.weekday === weekday);
  const closed = useSignal<Set<number>>(new Set(WEEKDAYS.filter((w) => !row(w))));
  const submit = useSubmit(async (data) => {
    const days = WEEKDAYS.filter((w) => !closed.value.has(w)).map((weekday) => ({
      weekday,
      opens: text(data, `opens-${weekday}`),
      closes: text(data, `closes-${weekday}`),
    }));
    await setWeeklyHours(communityId, days);
    return t("study.hoursSaved");
  });
  const toggle = (weekday: number, isClosed: boolean) => {
    const next = new Set(closed.value);
    if (isClosed) next.add(weekday);
    else next.delete(weekday);
    closed.value = next;
  };
  return (
    <Form of={submit} class="panel-form" heading={t("study.hours")}>
      <p class="field-hint">{t("study.hoursHelp")}</p>
      <DataTable
        class="hours-table"
        caption={t("study.hours")}
        columns={[t("study.weekday"), t("study.closedDay"), t("study.opens"), t("study.closes")]}
        rows={WEEKDAYS}
        row={(w) => {
          const isClosed = closed.value.has(w);
          return (
            <tr key={w}>
              <th scope="row">{dayName(w)}</th>
              <td>
                <CheckField
                  label={t("study.closedOf", { day: dayName(w) })}
                  hideLabel
                  checked={isClosed}
                  onChange={(checked) => toggle(w, checked)}
                />
              </td>
              {ENDS.map((end) => (
                <td key={end.name}>
                  <Field
                    type="time"
                    name={`${end.name}-${w}`}
                    label={t(end.label, { day: dayName(w) })}
                    hideLabel
                    required={!isClosed}
                    disabled={isClosed}
                    defaultValue={row(w)?.[end.name] ?? end.usual}
                  />
                </td>
              ))}
            </tr>
          );
        }}
      />
      <FormFooter {...submit} label={t("study.saveHours")} />
    </Form>
  );
}
