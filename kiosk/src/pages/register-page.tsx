import { useSignalEffect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { ChoiceRow } from "../components/choice-row/choice-row";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { NumberPad } from "../components/number-pad/number-pad";
import { locale } from "../i18n";
import { stationZhCN } from "../messages/station-zh-cn";
import {
  clearPhone,
  deletePhoneDigit,
  form,
  formComplete,
  GENDERS,
  PLATFORMS,
  pressPhoneDigit,
  type RegistrationState,
  registration,
  resetRegistration,
  submitRegistration,
} from "../models/courier-registration";
import { speak } from "../models/speech";
import { paths } from "../paths";
import { type DoorKey, dt } from "../station/i18n";
import "./door-page.css";
import "./register-page.css";

/**
 * A new rider registers at the station's kiosk: name (the screen's keyboard), phone on the pad,
 * platform and gender by one tap each. The registration waits for the keeper, who verifies it
 * with the rider and their ID; the screen says so. Nothing of one rider stays for the next.
 */
export function RegisterPage() {
  useEffect(() => resetRegistration, []);
  useSignalEffect(() => {
    const text = stateText(registration.value);
    if (text) speak(text, locale.peek());
  });
  const state = registration.value;
  const back = (
    <a class="big-button" href={paths.home}>
      {dt(state.kind === "done" ? "register.finish" : "register.back")}
    </a>
  );
  if (state.kind === "done") {
    return (
      <KioskScreen class="register-page is-done" title={dt("register.title")} titleId="register-title" nav={back}>
        <p class="door-feedback is-opened" role="status">
          {stateText(state)}
        </p>
      </KioskScreen>
    );
  }
  const phone = form.phone.value;
  return (
    <KioskScreen class="register-page" title={dt("register.title")} titleId="register-title">
      <p class="register-hint">{dt("register.hint")}</p>
      <div class="register-form">
        <label class="register-field register-at-name">
          <span>{dt("register.name")}</span>
          <input
            class="register-name"
            type="text"
            autocomplete="off"
            maxLength={40}
            value={form.name.value}
            onInput={(e) => (form.name.value = e.currentTarget.value)}
          />
        </label>
        <div class="register-field register-at-phone">
          <span id="register-phone">{dt("register.phone")}</span>
          <output class="register-phone" aria-labelledby="register-phone">
            {phone ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`.trim() : "—"}
          </output>
        </div>
        <div class="register-at-pad">
          <NumberPad
            disabled={state.kind === "sending"}
            onDigit={pressPhoneDigit}
            onClear={clearPhone}
            onDelete={deletePhoneDigit}
          />
        </div>
        <div class="register-choices">
          <ChoiceRow
            id="register-platform"
            label={dt("register.platform")}
            choices={PLATFORMS.map((p) => ({ value: p, key: p, label: dt(`register.platform.${p}`) }))}
            chosen={form.platform.value}
            onChoose={(p) => (form.platform.value = p)}
          />
          <ChoiceRow
            id="register-gender"
            label={dt("register.gender")}
            choices={GENDERS.map((g) => ({ value: g, key: g, label: dt(`register.gender.${g}`) }))}
            chosen={form.gender.value}
            onChoose={(g) => (form.gender.value = g)}
          />
        </div>
        <p class={`door-feedback register-at-status is-${state.kind}`} role="status" aria-live="assertive">
          {stateText(state) || (formComplete.value ? "" : dt("register.incomplete"))}
        </p>
        <div class="register-at-actions">
          <button
            type="button"
            class="big-button primary"
            disabled={!formComplete.value || state.kind === "sending"}
            onClick={() => void submitRegistration()}
          >
            {dt(state.kind === "sending" ? "register.sending" : "register.submit")}
          </button>
          {back}
        </div>
      </div>
    </KioskScreen>
  );
}

function stateText(s: RegistrationState): string {
  if (s.kind === "done") return dt("register.done", { name: s.name });
  if (s.kind !== "refused") return "";
  const key = `register.error.${s.code}`;
  return dt(key in stationZhCN ? (key as DoorKey) : "register.failed");
}
