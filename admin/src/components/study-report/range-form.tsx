import { ApiError } from "@ui/api-client";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { reportRange } from "../../models/study-room-report";
import { Field } from "../field/field";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";

/** The local dates the report covers, both included. */
export function RangeForm({ range }: { range: { from: string; to: string } }) {
  const submit = useSubmit(async (data) => {
    const [from, to] = [text(data, "from"), text(data, "to")];
    if (from > to) throw new ApiError(422, "RANGE_INVERTED", "from is after to");
    reportRange.value = { from, to };
  });
  return (
    <Form of={submit} class="inline-form report-range no-print" aria-label={t("study.report.pick")}>
      <Field label={t("study.report.from")} name="from" type="date" required defaultValue={range.from} />
      <Field label={t("study.report.to")} name="to" type="date" required defaultValue={range.to} />
      <FormFooter {...submit} label={t("study.report.show")} />
    </Form>
  );
}
