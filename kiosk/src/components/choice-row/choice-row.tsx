import type { ComponentChildren } from "preact";
import "./choice-row.css";

export type Choice<V> = { value: V; label: ComponentChildren; key: string };

/**
 * One pick among big buttons (a day, a time, a length): the chosen one is filled and ticked,
 * and says so to screen readers with aria-pressed, so it is never told by colour alone.
 */
export function ChoiceRow<V>({
  id,
  label,
  choices,
  chosen,
  onChoose,
  many,
}: {
  id: string;
  label: string;
  choices: readonly Choice<V>[];
  chosen: V | null;
  onChoose: (value: V) => void;
  many?: boolean;
}) {
  return (
    <div class="choice-row" role="group" aria-labelledby={id}>
      <p id={id} class="choice-row-label">
        {label}
      </p>
      <div class={many ? "choice-row-buttons is-many" : "choice-row-buttons"}>
        {choices.map((c) => (
          <button
            key={c.key}
            type="button"
            class="big-button choice"
            data-choice={c.key}
            aria-pressed={c.value === chosen}
            onClick={() => onChoose(c.value)}
          >
            {c.label}
          </button>
        ))}
      </div>
    </div>
  );
}
