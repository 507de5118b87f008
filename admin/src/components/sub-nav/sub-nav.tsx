import "./sub-nav.css";

type Props = { label: string; links: readonly { href: string; label: string }[]; current: string; class?: string };

/** The links between the pages of one area, the current one marked. */
export function SubNav({ label, links, current, class: cls }: Props) {
  return (
    <nav aria-label={label} class={cls ? `sub-nav ${cls}` : "sub-nav"}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={l.href === current ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
