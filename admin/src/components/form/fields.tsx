import type { Signal } from "@preact/signals";
import { t } from "../../i18n";
import { Field } from "../field/field";

type Key = Parameters<typeof t>[0];

/*
 * The admin's usual fields with the house's defaults, so a form says only what is its own: each
 * is required unless `required={false}`, starts at `value`, and (text) is never autocompleted,
 * since what staff type is about other people, not about the staff member the browser knows.
 */

type Common = { label: string; hint?: string | undefined; name: string; required?: boolean; hideLabel?: boolean };

/** A number between min and max, starting at `value` (a number, or text such as "37.5"; empty when undefined). */
export function NumberField({
  value,
  required = true,
  ...input
}: Common & { min: number; max: number; step?: number; value?: number | string | undefined }) {
  return <Field type="number" required={required} defaultValue={value === undefined ? "" : String(value)} {...input} />;
}

/** One number of a form's table of numbers: its words (catalogue keys) and the API's bounds. */
export type NumberSpec = { label: Key; hint?: Key; min: number; max: number; step?: number };

/**
 * The field of `table[name]`, starting at `value`: a form with many numbers lists their words and
 * bounds once, as data, and places each field by name where it belongs on screen.
 */
export function NumberFieldOf<N extends string>({
  table,
  name,
  value,
}: {
  table: Record<N, NumberSpec>;
  name: N;
  value: number | string | undefined;
}) {
  const { label, hint, ...range } = table[name];
  return <NumberField label={t(label)} hint={hint && t(hint)} name={name} value={value} {...range} />;
}

/** A line of text (a name, a label). */
export function TextField({
  value,
  required = true,
  ...input
}: Common & { maxLength?: number; minLength?: number | undefined; pattern?: string; list?: string; value?: string }) {
  return <Field type="text" required={required} autoComplete="off" defaultValue={value} {...input} />;
}

/** Why staff make a change, which the audit keeps with it. */
export function ReasonField({
  label,
  minLength,
  maxLength = 200,
}: {
  label: string;
  minLength?: number;
  maxLength?: number;
}) {
  return <TextField label={label} name="reason" minLength={minLength} maxLength={maxLength} />;
}

/** A new password or secret, typed by staff for someone or something else: the browser neither fills nor keeps it. */
export function PasswordField({ required = true, ...input }: Common & { minLength: number; maxLength: number }) {
  return <Field type="password" required={required} autoComplete="new-password" {...input} />;
}

/** A date, starting at `value`, no earlier than `min` when given. */
export function DateField({ value, required = true, ...input }: Common & { min?: string; value?: string }) {
  return <Field type="date" required={required} defaultValue={value} {...input} />;
}

/** A line of text kept in a signal, for controls that a button acts on rather than a form's submit. */
export function SignalField({ label, text }: { label: string; text: Signal<string> }) {
  return <Field label={label} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} />;
}
