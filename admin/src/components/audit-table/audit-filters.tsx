import { useWatch } from "../resource-view/resource-view";
import { t } from "../../i18n";
import { type AuditFilter, auditFilter } from "../../models/audit-log";
import { children, couriers, residents } from "../../models/people";
import { staffAccounts } from "../../models/staff-accounts";
import { Field } from "../field/field";
import { SelectField } from "../field/select-field";
import { Form } from "../form/form";

/** Action families staff filter by; their names are the catalogue's `audit.kind.*`. */
export const AUDIT_KINDS = [
  "staff",
  "resident",
  "courier",
  "child",
  "resident_group",
  "resident_link",
  "pass",
  "phone_pass",
  "face",
  "kiosk",
  "staff_call",
  "meal_card",
  "meal_order",
  "menu",
  "pricing_policy",
  "fund",
  "welfare_alert",
  "canteen",
  "study_room",
  "station",
  "baby_room",
  "community",
] as const;

const people = <T extends { id: string; name: string }>(list: readonly T[] | undefined) =>
  (list ?? []).map((p) => ({ value: p.id, label: p.name }));

/** Whom, who, what and when: sent as the API's query, so the filtering is the database's. */
export function AuditFilters() {
  useWatch(residents, couriers, children, staffAccounts);
  const current = auditFilter.value;
  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const filter: AuditFilter = {};
    for (const key of ["person", "staff", "kind", "from", "to"] as const) {
      const value = String(data.get(key) ?? "");
      if (value) filter[key] = value;
    }
    auditFilter.value = filter;
  };
  // A new filter set is a new form, so its fields show what is applied.
  return (
    <Form
      key={JSON.stringify(current)}
      class="inline-form audit-filters"
      aria-label={t("audit.filters")}
      onSubmit={apply}
    >
      <SelectField
        label={t("audit.filter.person")}
        name="person"
        placeholder={t("audit.filter.any")}
        defaultValue={current.person}
        options={[]}
        groups={[
          { label: t("audit.filter.residents"), options: people(residents.data.value) },
          { label: t("audit.filter.couriers"), options: people(couriers.data.value) },
          { label: t("audit.filter.children"), options: people(children.data.value) },
          {
            label: t("audit.filter.staffMembers"),
            options: (staffAccounts.data.value ?? []).map((s) => ({ value: s.id, label: s.displayName })),
          },
        ].filter((g) => g.options.length > 0)}
      />
      <SelectField
        label={t("audit.filter.staff")}
        name="staff"
        placeholder={t("audit.filter.any")}
        defaultValue={current.staff}
        options={(staffAccounts.data.value ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
      />
      <SelectField
        label={t("audit.filter.kind")}
        name="kind"
        placeholder={t("audit.filter.any")}
        defaultValue={current.kind}
        options={AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) }))}
      />
      <Field label={t("audit.filter.from")} name="from" type="date" defaultValue={current.from} />
      <Field
        label={t("audit.filter.to")}
        name="to"
        type="date"
        defaultValue={current.to}
        check={(to, form) => {
          const from = form ? String(new FormData(form).get("from") ?? "") : "";
          return from && to && to < from ? t("audit.filter.toBeforeFrom") : null;
        }}
      />
      <div class="button-row">
        <button type="submit">{t("audit.filter.apply")}</button>
        {Object.keys(current).length > 0 && (
          <button type="button" class="secondary" onClick={() => (auditFilter.value = {})}>
            {t("audit.filter.clear")}
          </button>
        )}
      </div>
    </Form>
  );
}
