import type { ComponentChildren } from "preact";
import "./kiosk-screen.css";

type Props = {
  /** The screen's one heading (or none, when the body brings its own h1); `titleId` names the section by it. */
  title?: ComponentChildren;
  titleId?: string;
  /** Extra classes on the section (e.g. `canteen-page kind-canteen`): the page's own styles and colour. */
  class?: string;
  /** Who and what this is about (a greeting, a child, a balance): under the title in portrait, left in landscape. */
  side?: ComponentChildren;
  /** The one decision on this screen. Wrap whatever can grow (menus, seat maps, lists) in a ScrollFrame. */
  children: ComponentChildren;
  /** The ways out (back, 完成): always at the bottom of the screen, above the call-staff bar. */
  nav?: ComponentChildren;
};

/**
 * The kiosk's one screen layout, in both orientations by construction: the app frame gives the
 * page exactly the height between the header and the call-staff bar (nothing can slide under the
 * bar), and this grid shares it out. Portrait stacks title, side, body and nav; landscape uses the
 * width: title, side and nav on the left, the body on the right (a screen without a side keeps one
 * column, and its body lays its own content out across the width).
 */
export function KioskScreen({ title, titleId, class: className, side, children, nav }: Props) {
  return (
    <section class={`kiosk-screen${side ? " has-side" : ""} ${className ?? ""}`} aria-labelledby={titleId}>
      {title && (
        <h1 id={titleId} class="kiosk-screen-title">
          {title}
        </h1>
      )}
      {side && <div class="kiosk-screen-side">{side}</div>}
      <div class="kiosk-screen-body">{children}</div>
      {nav && <div class="kiosk-screen-nav">{nav}</div>}
    </section>
  );
}
