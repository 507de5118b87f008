import type { Signal } from "@preact/signals";
import { createContext } from "preact";
import { useContext, useId } from "preact/hooks";
import type { FieldRules } from "./validate";

export type FormState = {
  /** Control key (name) → what is wrong with it, in the catalogue's words. */
  errors: Signal<Record<string, string>>;
  /** Fields that show their own message; the form lists the others' messages itself. */
  rules: Map<string, FieldRules>;
};

export const FormContext = createContext<FormState | null>(null);

/**
 * What a field needs to show its message: the ids to tie to the control, and whether it is
 * invalid. A field outside a Form (a filter bar) simply has no message.
 */
export function useFieldMessage(rules: FieldRules & { group?: string }) {
  const form = useContext(FormContext);
  const id = useId();
  // A control is known by its id (Field's input is given this id), a radio group by its name.
  const key = rules.group ?? id;
  if (form) form.rules.set(key, rules);
  const error = form?.errors.value[key];
  const hint = rules.hint;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return { id, error, describedBy, hintId: `${id}-hint`, errorId: `${id}-error` };
}
