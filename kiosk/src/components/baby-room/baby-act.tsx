import type { ComponentChildren } from "preact";
import { babyBusy } from "../../models/baby-room";

type Props = { class?: string; onClick: () => unknown; children: ComponentChildren };

/** A tap that asks the baby room's API something: not taken again while the last one is on its way. */
export function BabyAct({ class: cls, onClick, children }: Props) {
  return (
    <button type="button" class={cls ? `big-button ${cls}` : "big-button"} disabled={babyBusy.value} onClick={onClick}>
      {children}
    </button>
  );
}
