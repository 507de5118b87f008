import { type Signal, useSignal } from "@preact/signals";
import type { ComponentChildren, FormHTMLAttributes, TargetedEvent } from "preact";
import { useId, useRef } from "preact/hooks";
import { t } from "../../i18n";
import { FormContext, type FormState } from "./form-context";
import { type Control, checkedControls, controlKey, controlMessage } from "./validate";
import "./form.css";

/** What a form reports to: useSubmit's or useAction's busy, error and done signals. */
type Outcome = { done?: Signal<string | null>; error?: Signal<unknown>; onSubmit?: (event: SubmitEvent) => void };

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "noValidate" | "onInput"> & {
  /** useSubmit(...) or useAction(): its onSubmit sends, its done message is cleared on the next edit. */
  of?: Outcome;
  /** Sends the form when it is not `of.onSubmit` (a useAction form: `submitTo(action, …)`). */
  onSubmit?: (event: SubmitEvent) => void;
  onInput?: (event: TargetedEvent<HTMLFormElement, Event>) => void;
  /** The form's heading, first in it; it names the form for screen readers (aria-labelledby). */
  heading?: string;
  /** The heading's level: 2, or 3 for a form under a section's own heading. */
  level?: 2 | 3;
  children: ComponentChildren;
};

/**
 * The one form of the admin panel. The browser's checks (required, pattern, min, max, lengths)
 * still decide what is valid, but `noValidate` keeps its bubbles away: they speak the browser's
 * language, not the staff's. On submit every invalid control gets our catalogue's message, tied
 * to it with aria-describedby and aria-invalid, and the first one takes focus; nothing is sent.
 * Editing clears the last success message (it spoke of the form as it was) and re-checks the
 * control that was wrong. Fields (Field, SelectField, ChoiceGroup) show their message under
 * themselves; any other control's message is listed at the top of the form.
 */
export function Form({ of, onSubmit, onInput, heading, level = 2, children, ...attrs }: Props) {
  const errors = useSignal<Record<string, string>>({});
  const state = useRef<FormState>({ errors, rules: new Map() }).current;
  const summaryId = useId();
  const Heading = level === 3 ? "h3" : "h2";

  const messageOf = (el: Control) => controlMessage(el, state.rules.get(controlKey(el)));

  function submit(event: SubmitEvent) {
    const form = event.currentTarget as HTMLFormElement;
    const found: Record<string, string> = {};
    let first: Control | null = null;
    for (const el of checkedControls(form)) {
      const message = messageOf(el);
      if (!message) continue;
      found[controlKey(el)] = message;
      first ??= el;
    }
    errors.value = found;
    markUnclaimed(form);
    if (first) {
      event.preventDefault();
      if (of?.done) of.done.value = null;
      if (of?.error) of.error.value = null;
      first.focus();
      return;
    }
    (onSubmit ?? of?.onSubmit)?.(event);
  }

  function edited(event: TargetedEvent<HTMLFormElement, Event>) {
    if (of?.done) of.done.value = null;
    const el = event.target as Control;
    const key = el && "validity" in el ? controlKey(el) : "";
    if (key && key in errors.value) {
      const { [key]: _, ...rest } = errors.value;
      const message = messageOf(el);
      errors.value = message ? { ...rest, [key]: message } : rest;
      markUnclaimed(event.currentTarget);
    }
    onInput?.(event);
  }

  /** Controls no Field wraps are tied to their line in the list at the top. */
  function markUnclaimed(form: HTMLFormElement) {
    for (const el of checkedControls(form)) {
      const key = controlKey(el);
      if (state.rules.has(key)) continue;
      if (errors.value[key]) {
        el.setAttribute("aria-invalid", "true");
        el.setAttribute("aria-describedby", `${summaryId}-${key}`);
      } else if (el.hasAttribute("aria-invalid")) {
        el.removeAttribute("aria-invalid");
        el.removeAttribute("aria-describedby");
      }
    }
  }

  const unclaimed = Object.entries(errors.value).filter(([key]) => !state.rules.has(key));
  return (
    <FormContext.Provider value={state}>
      <form
        aria-labelledby={heading ? `${summaryId}-heading` : undefined}
        {...attrs}
        noValidate
        onSubmit={submit}
        onInput={edited}
      >
        {heading && <Heading id={`${summaryId}-heading`}>{heading}</Heading>}
        {unclaimed.length > 0 && (
          <ul class="form-errors" aria-label={t("form.problems")}>
            {unclaimed.map(([key, message]) => (
              <li key={key} id={`${summaryId}-${key}`}>
                {message}
              </li>
            ))}
          </ul>
        )}
        {children}
      </form>
    </FormContext.Provider>
  );
}
