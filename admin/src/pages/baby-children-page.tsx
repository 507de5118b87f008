import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { BabyFrame } from "../components/baby-frame/baby-frame";
import { DataTable } from "../components/data-table/data-table";
import { ResourceView } from "../components/resource-view/resource-view";
import { useAction } from "../hooks/use-action";
import { t } from "../i18n";
import {
  addGuardian,
  adjustAllowance,
  babyChild,
  babyChildren,
  babyLedger,
  babyResidents,
  removeGuardian,
} from "../models/baby-room";
import { Field } from "../components/field/field";
import { SelectField } from "../components/field/select-field";
import { SignalField } from "../components/form/fields";
import { RunButton } from "../components/run-button/run-button";

/** Children with their guardians; the chosen child's ledger with adjustments; guardians added and removed with a reason. */
export function BabyChildrenPage() {
  useEffect(() => {
    const stop = [babyChildren.watch(), babyLedger.watch(), babyResidents.watch()];
    return () => stop.forEach((s) => s());
  }, []);
  return (
    <BabyFrame title={t("baby.children.title")}>
      {(id) => (
        <ResourceView of={babyChildren}>
          {({ children }) => {
            const child = children.find((c) => c.id === babyChild.value);
            return children.length === 0 ? (
              <p>{t("baby.children.none")}</p>
            ) : (
              <>
                <div class="button-row" role="group" aria-label={t("baby.children.pick")}>
                  {children.map((c) => (
                    <button
                      key={c.id}
                      type="button"
                      aria-pressed={c.id === babyChild.value}
                      onClick={() => (babyChild.value = c.id)}
                    >
                      {c.name} ({c.birthDate})
                    </button>
                  ))}
                </div>
                {child && (
                  <>
                    <Guardians communityId={id} child={child} />
                    <Ledger communityId={id} childId={child.id} />
                  </>
                )}
              </>
            );
          }}
        </ResourceView>
      )}
    </BabyFrame>
  );
}

type Child = { id: string; name: string; guardians: { residentId: string; relation: string; name: string }[] };

function Guardians({ communityId, child }: { communityId: string; child: Child }) {
  const action = useAction();
  const residentId = useSignal("");
  const relation = useSignal("");
  const reason = useSignal("");
  const residents = babyResidents.data.value?.residents ?? [];
  return (
    <section>
      <h2>{t("baby.children.guardians")}</h2>
      <ul>
        {child.guardians.map((g) => (
          <li key={g.residentId}>
            {g.name} · {g.relation}{" "}
            <RunButton
              action={action}
              disabled={reason.value.trim().length < 2}
              run={async () => {
                await removeGuardian(communityId, child.id, g.residentId, reason.value.trim());
                return t("baby.guardian.removed");
              }}
            >
              {t("baby.guardian.remove", { name: g.name })}
            </RunButton>
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t("baby.guardian.add")}</legend>
        <SelectField
          label={t("baby.guardian.resident")}
          name="residentId"
          placeholder=""
          defaultValue={residentId.value}
          onChange={(id) => (residentId.value = id)}
          options={residents.map((r) => ({ value: r.id, label: r.name }))}
        />
        <SignalField label={t("baby.guardian.relation")} text={relation} />
        <SignalField label={`${t("baby.guardian.reason")} / ${t("baby.guardian.removeReason")}`} text={reason} />
        <RunButton
          action={action}
          disabled={!residentId.value || !relation.value.trim() || reason.value.trim().length < 2}
          run={async () => {
            await addGuardian(communityId, child.id, {
              residentId: residentId.value,
              relation: relation.value.trim(),
              reason: reason.value.trim(),
            });
            return t("baby.guardian.added");
          }}
        >
          {t("baby.guardian.add")}
        </RunButton>
      </fieldset>
      <ActionFeedback action={action} />
    </section>
  );
}

function Ledger({ communityId, childId }: { communityId: string; childId: string }) {
  const action = useAction();
  const amount = useSignal(1);
  const reason = useSignal("");
  return (
    <ResourceView of={babyLedger}>
      {(ledger) => (
        <section>
          <h2>{t("baby.ledger.title", { child: ledger.child.name })}</h2>
          <p>
            <strong>{t("baby.ledger.balance", { balance: ledger.balance, period: ledger.period })}</strong>
          </p>
          <DataTable
            caption={t("baby.ledger.title", { child: ledger.child.name })}
            columns={[
              t("baby.ledger.at"),
              t("baby.ledger.period"),
              t("baby.ledger.kind"),
              { label: t("baby.ledger.amount"), num: true },
              t("baby.ledger.reason"),
            ]}
            rows={ledger.entries}
            row={(e) => (
              <tr key={e.id}>
                <td>{e.createdAt.slice(0, 16).replace("T", " ")}</td>
                <td>{e.period}</td>
                <td>{t(`baby.ledger.kind.${e.kind}`)}</td>
                <td class="num">{e.amount > 0 ? `+${e.amount}` : e.amount}</td>
                <td>{e.reason ?? ""}</td>
              </tr>
            )}
          />
          <fieldset>
            <legend>{t("baby.adjust.title")}</legend>
            <Field
              label={t("baby.adjust.amount")}
              type="number"
              min={-50}
              max={50}
              value={amount.value}
              onInput={(e) => (amount.value = Number(e.currentTarget.value))}
            />
            <SignalField label={t("baby.adjust.reason")} text={reason} />
            <RunButton
              action={action}
              disabled={amount.value === 0 || reason.value.trim().length < 2}
              run={async () => {
                await adjustAllowance(communityId, childId, amount.value, reason.value.trim());
                return t("baby.adjust.done");
              }}
            >
              {t("baby.adjust.submit")}
            </RunButton>
          </fieldset>
          <ActionFeedback action={action} />
        </section>
      )}
    </ResourceView>
  );
}
