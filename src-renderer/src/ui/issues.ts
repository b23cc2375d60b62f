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
