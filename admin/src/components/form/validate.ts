import { t, tryT } from "../../i18n";

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** What a Field adds to the browser's own checks: its own wording, and a check of its own. */
export type FieldRules = {
  label?: string;
  hint?: string;
  invalidMessage?: string;
  /** A check of our own, after the browser's; it may read the rest of the form (a range's other end). */
  check?: (value: string, form: HTMLFormElement | null) => string | null;
};

const isControl = (el: Element): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

/**
 * The key a control's message is kept under: a radio group's name (one message for the group),
 * otherwise the control's id (two selects may share a name, as a child's guardians do).
 */
export const controlKey = (el: Control) => (el.type === "radio" ? el.name : el.id || el.name);

/** The controls a form checks, one per radio group, in the order they appear. */
export function checkedControls(form: HTMLFormElement): Control[] {
  const seen = new Set<string>();
  return Array.from(form.elements).filter((el): el is Control => {
    if (!isControl(el) || !el.willValidate) return false;
    const key = controlKey(el);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The words a person reads for a control: its label, its aria-label, or its group's legend. */
export function controlLabel(el: Control): string {
  const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? "";
  if (el.type === "radio" || el.type === "checkbox") {
    const legend = el.closest("fieldset")?.querySelector("legend")?.textContent;
    if (legend) return legend.trim();
  }
  return label.trim();
}

/**
 * What is wrong with one control, in the staff's language, or null. The browser's constraint
 * checks decide (required, pattern, min/max, lengths, dates typed half-way), our catalogue words
 * them: the browser's own bubbles are in the browser's language, not the staff's.
 */
export function controlMessage(el: Control, rules: FieldRules = {}): string | null {
  const field = rules.label ?? controlLabel(el);
  const v = el.validity;
  const chooses = el instanceof HTMLSelectElement || el.type === "radio" || el.type === "checkbox";
  if (v.valueMissing) return t(chooses ? "form.chooseMissing" : "form.valueMissing", { field });
  const wrongForm = rules.invalidMessage ?? (rules.hint ? t("form.followHint", { field, hint: rules.hint }) : null);
  if (v.badInput) return wrongForm ?? tryT(`form.badInput.${el.type}`, { field }) ?? t("form.badInput", { field });
  if (v.typeMismatch || v.patternMismatch) return wrongForm ?? t("form.patternMismatch", { field });
  if (v.tooShort) return t("form.tooShort", { field, min: (el as HTMLInputElement).minLength });
  if (v.tooLong) return t("form.tooLong", { field, max: (el as HTMLInputElement).maxLength });
  const min = el.getAttribute("min") ?? "";
  const max = el.getAttribute("max") ?? "";
  if (v.rangeUnderflow)
    return tryT(`form.rangeUnderflow.${el.type}`, { field, min }) ?? t("form.rangeUnderflow", { field, min });
  if (v.rangeOverflow)
    return tryT(`form.rangeOverflow.${el.type}`, { field, max }) ?? t("form.rangeOverflow", { field, max });
  if (v.stepMismatch) return wrongForm ?? t("form.stepMismatch", { field });
  return rules.check ? rules.check(el.value, el.form) : null;
}
