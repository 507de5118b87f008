import { errorText, type ErrorWording, type Translate } from "./error-text";
import "./error-message.css";

/** A failed call, said plainly; role=alert makes screen readers announce it at once. */
export function ErrorMessage({ error, i18n, wording }: { error: unknown; i18n: Translate; wording?: ErrorWording }) {
  const { message, reference } = errorText(i18n, error, wording);
  return (
    <div class="error-message" role="alert">
      <p>{message}</p>
      {reference && <p class="error-reference">{reference}</p>}
    </div>
  );
}
