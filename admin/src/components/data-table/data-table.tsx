import type { ComponentChildren } from "preact";
import type { useAction } from "../../hooks/use-action";
import { ActionFeedback } from "../action-feedback/action-feedback";

/** A column heading; a `num` column holds figures and is set flush right. */
export type Column = string | { label: string; num: true };

type Props<T> = {
  /** What the table lists, for screen readers; shown only with `showCaption` (the page's heading usually says it). */
  caption: string;
  showCaption?: boolean;
  /** Column headings left to right, or `head` for a header row of one's own (a grid with a corner cell). */
  columns?: Column[];
  head?: ComponentChildren;
  rows: readonly T[];
  /** One `<tr>` (with its key) for each row. */
  row: (item: T, index: number) => ComponentChildren;
  /** Said instead of an empty table; without it an empty table is shown with its headings. */
  empty?: string;
  /** The button-level action the table's controls run: its error or what it did is said above the table. */
  action?: ReturnType<typeof useAction>;
  class?: string;
};

/**
 * Every table of the panel: the action's feedback, a wrapper that scrolls sideways on a narrow
 * screen, the table with its caption, column headings and rows.
 */
export function DataTable<T>({ caption, showCaption, columns, head, rows, row, empty, action, class: cls }: Props<T>) {
  if (empty !== undefined && rows.length === 0) return <p>{empty}</p>;
  return (
    <>
      {action && <ActionFeedback action={action} />}
      <div class="table-scroll">
        <table class={cls ? `data-table ${cls}` : "data-table"}>
          <caption class={showCaption ? undefined : "visually-hidden"}>{caption}</caption>
          <thead>
            <tr>
              {head ??
                columns?.map((c) =>
                  typeof c === "string" ? (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ) : (
                    <th key={c.label} scope="col" class="num">
                      {c.label}
                    </th>
                  ),
                )}
            </tr>
          </thead>
          <tbody>{rows.map(row)}</tbody>
        </table>
      </div>
    </>
  );
}
