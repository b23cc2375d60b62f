/** One formatter per locale: making one costs far more than formatting (every list row has a date). */
const calendarDates = new Map<string, Intl.DateTimeFormat>();

function calendarDateFormat(locale: string): Intl.DateTimeFormat {
  let format = calendarDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    calendarDates.set(locale, format);
  }
  return format;
}

/** Dates of the case are calendar dates (YYYY-MM-DD); show them the way each locale writes dates. */
export function formatDate(value: string | undefined, locale: string): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return value;
  return calendarDateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A stored instant (ISO 8601) in local time, e.g. for "updated at". */
export function formatDateTime(value: string | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today as YYYY-MM-DD in local time (the date a person would write on a form). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
