import type { useAction } from "./use-action";

/**
 * A form whose outcome a button-level action reports (useAction's feedback), for forms that may be
 * gone by the time the answer comes: a cancelled booking leaves the day's list, a lifted ban
 * leaves the bans in force. The form is cleared once the API accepted it.
 */
export const submitTo =
  (action: ReturnType<typeof useAction>, send: (data: FormData) => Promise<string>) => (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    action.run(async () => {
      const message = await send(data);
      form.reset();
      return message;
    });
  };
