import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { t } from "../../i18n";
import "./scroll-frame.css";

type Edges = { above: boolean; below: boolean };

/**
 * Content that can grow (a menu, a seat map, a list of sessions) scrolls inside its own frame,
 * never the page; when there is more than the frame shows, a big "更多" button says so and
 * moves a frame's height on, and "上面还有" moves back. A finger drag scrolls as well.
 */
export function ScrollFrame({ children, class: className }: { children: ComponentChildren; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ above: false, below: false });
  useLayoutEffect(() => {
    const el = ref.current!;
    const measure = () => {
      const next = { above: el.scrollTop > 2, below: el.scrollTop + el.clientHeight < el.scrollHeight - 2 };
      setEdges((now) => (now.above === next.above && now.below === next.below ? now : next));
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    const changed = new MutationObserver(measure);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, []);
  const move = (direction: 1 | -1) => {
    const el = ref.current!;
    el.scrollBy({ top: direction * el.clientHeight * 0.8, behavior: "smooth" });
  };
  return (
    <div
      class={`scroll-frame${edges.above ? " more-above" : ""}${edges.below ? " more-below" : ""} ${className ?? ""}`}
    >
      <div
        ref={ref}
        class="scroll-frame-content"
        // Scrollable content must be reachable by keyboard too (axe: scrollable-region-focusable).
        tabIndex={edges.above || edges.below ? 0 : undefined}
      >
        {children}
      </div>
      {edges.above && (
        <button type="button" class="big-button scroll-frame-up" onClick={() => move(-1)}>
          ▲ {t("frame.up")}
        </button>
      )}
      {edges.below && (
        <button type="button" class="big-button scroll-frame-more" onClick={() => move(1)}>
          ▼ {t("frame.more")}
        </button>
      )}
    </div>
  );
}
