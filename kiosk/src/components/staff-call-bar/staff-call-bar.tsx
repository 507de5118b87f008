import { useSignalEffect } from "@preact/signals";
import { i18n, locale, t } from "../../i18n";
import { ErrorMessage } from "@ui/error-message";
import { speak } from "../../models/speech";
import { callStaff, dismissStaffCall, staffCall, type StaffCallState } from "../../models/staff-call";
import "./staff-call-bar.css";
import { LineIcon } from "@ui/line-icon";

/** On every screen of a paired kiosk: the way in for anyone the pass and the camera fail. */
export function StaffCallBar() {
  const state = staffCall.value;
  useSignalEffect(() => {
    const text = spokenText(staffCall.value);
    if (text) speak(text, locale.peek());
  });
  return (
    <footer class="staff-call-bar">
      {state.kind !== "idle" && <StaffCallNotice state={state} />}
      <button
        type="button"
        class="big-button staff-call-button"
        aria-busy={state.kind === "calling"}
        onClick={() => void callStaff()}
      >
        <PersonIcon />
        {t("staff.call")}
      </button>
    </footer>
  );
}

function StaffCallNotice({ state }: { state: Exclude<StaffCallState, { kind: "idle" }> }) {
  if (state.kind === "failed") {
    return (
      <div class="staff-call-notice">
        <ErrorMessage error={state.error} i18n={i18n} />
        <DismissButton />
      </div>
    );
  }
  return (
    <div class={`staff-call-notice is-${state.kind}`} role="status" data-call-state={state.kind}>
      <p>
        {t(state.kind === "closed" ? "staff.closed" : state.kind === "calling" ? "staff.calling" : "staff.waiting")}
      </p>
      {state.kind === "closed" && <DismissButton />}
    </div>
  );
}

const DismissButton = () => (
  <button type="button" class="big-button" onClick={dismissStaffCall}>
    {t("staff.dismiss")}
  </button>
);

function spokenText(state: StaffCallState) {
  if (state.kind === "waiting") return t("staff.waiting");
  if (state.kind === "closed") return t("staff.closed");
  return "";
}

function PersonIcon() {
  return (
    <LineIcon grid={24} size={44} strokeWidth={2.2}>
      <circle cx="12" cy="7" r="4" />
      <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
    </LineIcon>
  );
}
