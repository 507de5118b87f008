/** What a button or form just did, announced politely; empty when there is nothing to say. */
export function DoneMessage({ text }: { text: string | null }) {
  return (
    <p class="status-message" role="status">
      {text ?? ""}
    </p>
  );
}
