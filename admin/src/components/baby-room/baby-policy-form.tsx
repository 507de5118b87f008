import { SelectField } from "../field/select-field";
import { Form } from "../form/form";
import { NumberFieldOf, type NumberSpec, ReasonField } from "../form/fields";
import { FormFooter } from "../form-footer/form-footer";
import { PendingChoice, useBelowBooked } from "../operations/below-booked";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { type BabyPolicyInput, type BabySetup, keepOrCancel, saveBabyPolicy } from "../../models/baby-room";

type Policy = BabySetup["policy"];
type Rules = Omit<BabyPolicyInput, "choice">;
const PERIODS = [1, 2, 3, 4, 6, 12];
// The room's numbers with the API's bounds; the form places each by name.
const ROOM_NUMBERS = {
  allowancePerPeriod: { label: "baby.policy.allowance", min: 0, max: 366 },
  rolloverMax: { label: "baby.policy.rollover", min: 0, max: 366 },
  cancelCutoffMinutes: { label: "baby.policy.cutoff", min: 0, max: 10080 },
  roomSize: { label: "baby.policy.roomSize", hint: "baby.policy.roomSizeHint", min: 1, max: 200 },
  fever: { label: "baby.policy.fever", hint: "baby.policy.feverHint", min: 37, max: 39, step: 0.1 },
} satisfies Record<string, NumberSpec>;
const num = (data: FormData, name: string) => Number(text(data, name));
// The room is one place to the choice: its sessions have no others to move to, so keep or cancel.
const ROOM = { id: "baby-room", kind: "session" } as const;

/** Said after a change: sessions resized and, if staff chose to cancel, the bookings cancelled and given back. */
const outcome = (made: Awaited<ReturnType<typeof saveBabyPolicy>>) =>
  [
    t("baby.policy.saved", { sessions: made.sessionsResized }),
    made.bookingsCancelled
      ? t("baby.policy.cancelled", { count: made.bookingsCancelled, sessions: made.sessionsReturned })
      : "",
  ]
    .filter(Boolean)
    .join(" ");

/**
 * The room's rules, for those who manage it: free sessions a period, what is beyond them, no-shows,
 * the cut-off, the room's size (every session to come follows it at once) and the fever line.
 * A size below what is booked asks, as every capacity change does, whom it touches and what to do.
 */
export function BabyPolicyForm({ communityId, policy }: { communityId: string; policy: Policy }) {
  const change = useBelowBooked();
  const submit = useSubmit(async (data) => {
    const rules: Rules = {
      allowancePerPeriod: num(data, "allowancePerPeriod"),
      periodMonths: num(data, "periodMonths"),
      rolloverMax: num(data, "rolloverMax"),
      beyondAllowance: text(data, "beyondAllowance") as Policy["beyondAllowance"],
      noShowConsumes: text(data, "noShow") === "consumes",
      cancelCutoffMinutes: num(data, "cancelCutoffMinutes"),
      roomSize: num(data, "roomSize"),
      feverTenths: Math.round(num(data, "fever") * 10),
      reason: text(data, "reason"),
    };
    return change.attempt(ROOM, async (decision) =>
      outcome(await saveBabyPolicy(communityId, { ...rules, ...keepOrCancel(decision) })),
    );
  });
  return (
    <section aria-labelledby="baby-policy-title">
      <h2 id="baby-policy-title">{t("baby.policy.title")}</h2>
      <Form of={submit} class="panel-form" key={JSON.stringify(policy)} aria-labelledby="baby-policy-title">
        <div class="inline-fields">
          <NumberFieldOf table={ROOM_NUMBERS} name="allowancePerPeriod" value={policy.allowancePerPeriod} />
          <SelectField
            label={t("baby.policy.period")}
            name="periodMonths"
            required
            defaultValue={String(policy.periodMonths)}
            options={PERIODS.map((n) => ({ value: String(n), label: t("baby.policy.months", { n }) }))}
          />
          <NumberFieldOf table={ROOM_NUMBERS} name="rolloverMax" value={policy.rolloverMax} />
        </div>
        <div class="inline-fields">
          <SelectField
            label={t("baby.policy.beyond")}
            name="beyondAllowance"
            required
            defaultValue={policy.beyondAllowance}
            options={(["refuse", "paid"] as const).map((v) => ({ value: v, label: t(`baby.policy.beyond.${v}`) }))}
          />
          <SelectField
            label={t("baby.policy.noShow")}
            name="noShow"
            required
            defaultValue={policy.noShowConsumes ? "consumes" : "kept"}
            options={(["consumes", "kept"] as const).map((v) => ({ value: v, label: t(`baby.policy.noShow.${v}`) }))}
          />
          <NumberFieldOf table={ROOM_NUMBERS} name="cancelCutoffMinutes" value={policy.cancelCutoffMinutes} />
        </div>
        <p class="field-hint">{t("baby.policy.beyondHint")}</p>
        <div class="inline-fields">
          <NumberFieldOf table={ROOM_NUMBERS} name="roomSize" value={policy.roomSize} />
          <NumberFieldOf table={ROOM_NUMBERS} name="fever" value={(policy.feverTenths / 10).toFixed(1)} />
        </div>
        <ReasonField label={t("baby.policy.reason")} minLength={2} />
        <FormFooter {...submit} label={t("baby.policy.save")} />
      </Form>
      <PendingChoice change={change} form={submit} />
    </section>
  );
}
