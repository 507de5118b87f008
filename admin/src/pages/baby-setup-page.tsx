import { type Signal, useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { BabyFrame } from "../components/baby-frame/baby-frame";
import { BabyPolicyForm } from "../components/baby-room/baby-policy-form";
import { ConfirmButton } from "../components/confirm-button/confirm-button";
import { DataTable } from "../components/data-table/data-table";
import { Field } from "../components/field/field";
import { MoneyField } from "../components/field/money-field";
import { SelectField } from "../components/field/select-field";
import { Form } from "../components/form/form";
import { TypeSelect } from "../components/baby-room/type-select";
import { NumberFieldOf, type NumberSpec } from "../components/form/fields";
import { FormFooter } from "../components/form-footer/form-footer";
import { ResourceView } from "../components/resource-view/resource-view";
import { useAction } from "../hooks/use-action";
import { text, useSubmit } from "../hooks/use-submit";
import { t } from "../i18n";
import { instantIn } from "../lib/local-date";
import { fenToYuanText, formatFen, parseYuan } from "../lib/money";
import { weekdayName } from "../lib/weekday-name";
import {
  addOneOffSession,
  babySetup,
  type BabySetup,
  deleteBabyTemplate,
  saveSessionType,
  saveTemplate,
} from "../models/baby-room";
import { community } from "../models/community";
import { may } from "../models/permissions";
import { CheckField } from "../components/field/check-field";

type SessionType = BabySetup["types"][number];
type Template = BabySetup["templates"][number];
const KINDS = ["childcare", "early_education", "parent_child"] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
// A session type's numbers and a session's caregivers, with the API's bounds.
const SESSION_NUMBERS = {
  minutes: { label: "baby.setup.minutes", min: 15, max: 600 },
  minAgeMonths: { label: "baby.setup.minAge", min: 0, max: 144 },
  maxAgeMonths: { label: "baby.setup.maxAge", min: 1, max: 145 },
  ratio: { label: "baby.setup.ratio", hint: "baby.setup.ratioHint", min: 1, max: 20 },
  caregivers: { label: "baby.setup.caregivers", hint: "baby.setup.caregiversHint", min: 0, max: 20 },
} satisfies Record<string, NumberSpec>;
const num = (data: FormData, name: string) => Number(text(data, name));

/**
 * The room's rules (for those who manage it), session types (length, ages, ratio, who stays,
 * allowance, price), the weekly templates and one-off sessions.
 */
export function BabySetupPage() {
  useEffect(() => babySetup.watch(), []);
  return (
    <BabyFrame title={t("baby.setup.title")}>
      {(id) => (
        <ResourceView of={babySetup}>
          {(setup) => (
            <>
              <p>
                {t("baby.setup.policy", {
                  allowance: setup.policy.allowancePerPeriod,
                  months: setup.policy.periodMonths,
                  room: setup.policy.roomSize,
                })}{" "}
                {t(`baby.setup.beyond.${setup.policy.beyondAllowance}`)}
              </p>
              {may.babyRoomRules.value && <BabyPolicyForm communityId={id} policy={setup.policy} />}
              <SessionTypes communityId={id} types={setup.types} />
              <Templates communityId={id} types={setup.types} templates={setup.templates} />
              <OneOffSession communityId={id} types={setup.types} />
            </>
          )}
        </ResourceView>
      )}
    </BabyFrame>
  );
}

function SessionTypes({ communityId, types }: { communityId: string; types: SessionType[] }) {
  const editing = useSignal<SessionType | null>(null);
  const submit = useSubmit(async (data) => {
    const was = editing.value;
    await saveSessionType(communityId, was?.id ?? null, {
      kind: text(data, "kind") as SessionType["kind"],
      name: text(data, "name"),
      minutes: num(data, "minutes"),
      minAgeMonths: num(data, "minAgeMonths"),
      maxAgeMonths: num(data, "maxAgeMonths"),
      ratio: num(data, "ratio"),
      guardianStays: data.get("guardianStays") === "on",
      usesAllowance: data.get("usesAllowance") === "on",
      priceFen: parseYuan(text(data, "price")) ?? 0,
    });
    editing.value = null;
    return t(was ? "baby.setup.typeSaved" : "baby.setup.typeAdded", { name: text(data, "name") });
  });
  const e = editing.value;
  return (
    <section aria-labelledby="baby-types-title">
      <h2 id="baby-types-title">{t("baby.setup.types")}</h2>
      <DataTable
        caption={t("baby.setup.types")}
        columns={[
          t("baby.setup.name"),
          t("baby.setup.minutes"),
          t("baby.setup.ages"),
          t("baby.setup.ratio"),
          t("baby.setup.guardianStays"),
          t("baby.setup.usesAllowance"),
          { label: t("baby.setup.price"), num: true },
          t("baby.setup.actions"),
        ]}
        rows={types}
        empty={t("baby.setup.noTypes")}
        row={(type) => (
          <tr key={type.id}>
            <td>{type.name}</td>
            <td>{type.minutes}</td>
            <td>{t("baby.setup.ageBand", { min: type.minAgeMonths, max: type.maxAgeMonths })}</td>
            <td>1 : {type.ratio}</td>
            <td>{type.guardianStays ? t("baby.setup.yes") : t("baby.setup.no")}</td>
            <td>{type.usesAllowance ? t("baby.setup.yes") : t("baby.setup.no")}</td>
            <td class="num">{formatFen(type.priceFen)}</td>
            <td>
              <button type="button" onClick={() => (editing.value = type)}>
                {t("baby.setup.edit", { name: type.name })}
              </button>
            </td>
          </tr>
        )}
      />
      <EditForm
        editing={editing}
        submit={submit}
        heading={e ? t("baby.setup.editType", { name: e.name }) : t("baby.setup.addType")}
        label={e ? t("baby.setup.saveType") : t("baby.setup.addType")}
      >
        <div class="inline-fields">
          <SelectField
            label={t("baby.setup.kind")}
            name="kind"
            required
            defaultValue={e?.kind ?? "childcare"}
            options={KINDS.map((k) => ({ value: k, label: t(`baby.setup.kind.${k}`) }))}
          />
          <Field label={t("baby.setup.name")} name="name" required maxLength={40} defaultValue={e?.name} />
          <NumberFieldOf table={SESSION_NUMBERS} name="minutes" value={e?.minutes ?? 60} />
        </div>
        <div class="inline-fields">
          <NumberFieldOf table={SESSION_NUMBERS} name="minAgeMonths" value={e?.minAgeMonths ?? 0} />
          <NumberFieldOf table={SESSION_NUMBERS} name="maxAgeMonths" value={e?.maxAgeMonths ?? 36} />
          <NumberFieldOf table={SESSION_NUMBERS} name="ratio" value={e?.ratio ?? 5} />
          <MoneyField
            label={t("baby.setup.price")}
            hint={t("baby.setup.priceHint")}
            name="price"
            required
            defaultValue={fenToYuanText(e?.priceFen ?? 0)}
          />
        </div>
        <CheckField
          label={t("baby.setup.guardianStays")}
          name="guardianStays"
          defaultChecked={e?.guardianStays ?? false}
        />
        <CheckField
          label={t("baby.setup.usesAllowance")}
          name="usesAllowance"
          defaultChecked={e?.usesAllowance ?? true}
        />
      </EditForm>
    </section>
  );
}

function Templates({
  communityId,
  types,
  templates,
}: {
  communityId: string;
  types: SessionType[];
  templates: Template[];
}) {
  const editing = useSignal<Template | null>(null);
  const remove = useAction();
  const nameOf = (typeId: string) => types.find((ty) => ty.id === typeId)?.name ?? "";
  const submit = useSubmit(async (data) => {
    const was = editing.value;
    await saveTemplate(communityId, was?.id ?? null, {
      typeId: text(data, "typeId"),
      weekday: num(data, "weekday"),
      startTime: text(data, "startTime"),
      caregivers: num(data, "caregivers"),
    });
    editing.value = null;
    return t(was ? "baby.setup.templateSaved" : "baby.setup.templateAdded");
  });
  const e = editing.value;
  return (
    <section aria-labelledby="baby-templates-title">
      <h2 id="baby-templates-title">{t("baby.setup.templates")}</h2>
      <p class="field-hint">{t("baby.setup.templatesHint")}</p>
      <DataTable
        caption={t("baby.setup.templates")}
        columns={[
          t("baby.setup.weekday"),
          t("baby.setup.start"),
          t("baby.setup.type"),
          t("baby.setup.caregivers"),
          t("baby.setup.actions"),
        ]}
        rows={templates}
        empty={t("baby.setup.noTemplates")}
        row={(tpl) => (
          <tr key={tpl.id}>
            <td>{weekdayName(tpl.weekday)}</td>
            <td>{tpl.startTime}</td>
            <td>{nameOf(tpl.typeId)}</td>
            <td>{tpl.caregivers}</td>
            <td>
              <button type="button" onClick={() => (editing.value = tpl)}>
                {t("baby.setup.edit", { name: `${weekdayName(tpl.weekday)} ${tpl.startTime}` })}
              </button>{" "}
              <ConfirmButton
                label={t("baby.setup.deleteTemplate")}
                ariaLabel={t("baby.setup.deleteTemplateLabel", {
                  name: `${weekdayName(tpl.weekday)} ${tpl.startTime}`,
                })}
                question={t("baby.setup.deleteTemplateQuestion")}
                confirmLabel={t("baby.setup.deleteTemplateConfirm")}
                onConfirm={() =>
                  remove.run(async () => {
                    const done = await deleteBabyTemplate(communityId, tpl.id);
                    if (editing.value?.id === tpl.id) editing.value = null;
                    return t("baby.setup.templateDeleted", {
                      removed: done.sessionsRemoved,
                      kept: done.sessionsKept.length,
                    });
                  })
                }
              />
            </td>
          </tr>
        )}
      />
      <ActionFeedback action={remove} />
      <EditForm
        editing={editing}
        submit={submit}
        heading={e ? t("baby.setup.editTemplate") : t("baby.setup.addTemplate")}
        label={e ? t("baby.setup.saveTemplate") : t("baby.setup.addTemplate")}
      >
        <div class="inline-fields">
          <SelectField
            label={t("baby.setup.weekday")}
            name="weekday"
            required
            defaultValue={String(e?.weekday ?? 1)}
            options={WEEKDAYS.map((d) => ({ value: String(d), label: weekdayName(d) }))}
          />
          <Field
            label={t("baby.setup.start")}
            name="startTime"
            type="time"
            required
            step={60}
            defaultValue={e?.startTime ?? "09:00"}
          />
          <TypeSelect types={types} defaultValue={e?.typeId} />
          <NumberFieldOf table={SESSION_NUMBERS} name="caregivers" value={e?.caregivers ?? 1} />
        </div>
      </EditForm>
    </section>
  );
}

function OneOffSession({ communityId, types }: { communityId: string; types: SessionType[] }) {
  const submit = useSubmit(async (data) => {
    const made = await addOneOffSession(communityId, {
      typeId: text(data, "typeId"),
      startsAt: instantIn(text(data, "startsAt"), community.value?.timeZone ?? "Asia/Shanghai"),
      caregivers: num(data, "caregivers"),
    });
    return t("baby.setup.sessionAdded", { capacity: made.capacity });
  });
  return (
    <section aria-labelledby="baby-one-off-title">
      <Form of={submit} aria-labelledby="baby-one-off-title">
        <h2 id="baby-one-off-title">{t("baby.setup.oneOff")}</h2>
        <p class="field-hint">{t("baby.setup.oneOffHint")}</p>
        <div class="inline-fields">
          <TypeSelect types={types} />
          <Field label={t("baby.setup.startsAt")} name="startsAt" type="datetime-local" required step={60} />
          <NumberFieldOf table={SESSION_NUMBERS} name="caregivers" value={1} />
        </div>
        <FormFooter {...submit} label={t("baby.setup.addSession")} />
      </Form>
    </section>
  );
}

/**
 * The form under a list: it adds one, or edits the one whose edit button was pressed (keyed by
 * what is edited, so the fields start from its values) with a button to stop editing.
 */
function EditForm<T extends { id: string }>({
  editing,
  submit,
  heading,
  label,
  children,
}: {
  editing: Signal<T | null>;
  submit: ReturnType<typeof useSubmit>;
  heading: string;
  label: string;
  children: ComponentChildren;
}) {
  const e = editing.value;
  return (
    <Form of={submit} key={e?.id ?? "new"} heading={heading} level={3}>
      {children}
      <FormFooter {...submit} label={label} />
      {e && (
        <button type="button" onClick={() => (editing.value = null)}>
          {t("baby.setup.cancelEdit")}
        </button>
      )}
    </Form>
  );
}
