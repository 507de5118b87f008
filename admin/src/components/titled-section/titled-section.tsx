import type { ComponentChildren } from "preact";

type Props = { id: string; title: string; class?: string; children: ComponentChildren };

/** A section of a page under its own heading, which names it for screen readers. */
export function TitledSection({ id, title, class: cls, children }: Props) {
  return (
    <section aria-labelledby={id} class={cls}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
