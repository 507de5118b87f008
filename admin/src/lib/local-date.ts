let serverOffsetMs = 0;
/** Takes the server's clock from its answer at sign-in: today is the server's, whatever the browser's clock says. */
export const followServerClock = (serverIso: string) => (serverOffsetMs = Date.parse(serverIso) - Date.now());
export const serverNow = () => new Date(Date.now() + serverOffsetMs);

/** Today's date (YYYY-MM-DD) in the community's zone, which is where menus and months are planned. */
export const todayIn = (timeZone: string, at = serverNow()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);

export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The Monday on or before a date: the menu grid shows Monday to Sunday. */
export const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/** Day of the week (0 = Monday) of a local date. */
export const weekdayOf = (date: string) =>
  ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const newKey = () => crypto.randomUUID();

/** The wall-clock parts of an instant in a zone. */
function partsIn(at: Date, timeZone: string) {
  return Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
}

/** An instant as a datetime-local field shows it in the room's zone ("2026-11-25T09:00"). */
export function localInput(iso: string, timeZone: string) {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A local date-time typed in the room's zone ("2026-11-25T09:00") as the instant the API stores. */
export function instantIn(local: string, timeZone: string) {
  const asUtc = Date.parse(`${local}:00Z`);
  const shown = Date.parse(`${localInput(new Date(asUtc).toISOString(), timeZone)}:00Z`);
  return new Date(asUtc - (shown - asUtc)).toISOString();
}
