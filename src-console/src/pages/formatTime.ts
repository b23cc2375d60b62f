/** An ISO time as the reader's locale writes it; '—' for none. */
export function formatTime(iso: string | null, locale: string): string {
  if (iso === null || iso === '') return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
