import type { ComponentChildren } from "preact";
import "./kiosk-dialog.css";

type Props = {
  /** The dialog's own class, and `<class>-backdrop` for its backdrop (one dialog above another). */
  class: string;
  /** The id of the element that says the question. */
  labelledBy: string;
  describedBy?: string;
  children: ComponentChildren;
};

/** A question the kiosk puts over the whole screen, to be answered before anything else. */
export function KioskDialog({ class: cls, labelledBy, describedBy, children }: Props) {
  return (
    <div class={`kiosk-dialog-backdrop ${cls}-backdrop`}>
      <div
        class={`kiosk-dialog ${cls}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
      >
        {children}
      </div>
    </div>
  );
}
