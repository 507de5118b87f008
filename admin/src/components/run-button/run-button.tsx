import type { ComponentChildren } from "preact";
import type { useAction } from "../../hooks/use-action";

type Props = {
  action: ReturnType<typeof useAction>;
  /** What a press does; what it says (or the API's error) is the action's to show. */
  run: () => Promise<string | void>;
  /** Off for a reason of its own besides the action being under way (a reason not yet typed). */
  disabled?: boolean;
  class?: string;
  children: ComponentChildren;
};

/** A button that runs an action (no form), off while the action is under way. */
export function RunButton({ action, run, disabled = false, class: cls, children }: Props) {
  return (
    <button type="button" class={cls} disabled={action.busy.value || disabled} onClick={() => action.run(run)}>
      {children}
    </button>
  );
}
