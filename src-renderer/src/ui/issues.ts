/** A validation issue as the domain reports it: where, and an i18n message key. */
export type FieldIssue = { path: readonly PropertyKey[]; message: string };

/** Issues keyed by their dotted path ("parties.0.idNumber"), first message wins. */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The app's own check of required fields (forms are `noValidate`, so Chromium never shows its
 * English "Please fill out this field."): each blank field keyed to `validation.required`.
 */
export function missingRequired(
  typed: Readonly<Record<string, string | null | undefined>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(typed)
      .filter(([, value]) => (value ?? '').trim() === '')
      .map(([path]) => [path, 'validation.required']),
  );
}
