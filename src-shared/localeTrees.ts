/**
 * Locale files as trees of texts, merged deeply: several files may share a top-level key (a page's
 * texts split in two files, `validation` in the UI's and the code lists') without one losing the
 * other's entries. A later file wins only for the same full key.
 */
export type LocaleTree = { [key: string]: string | LocaleTree };

const isTree = (value: unknown): value is LocaleTree =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function mergeLocaleTrees(...trees: readonly LocaleTree[]): LocaleTree {
  const out: LocaleTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = isTree(value) && isTree(existing) ? mergeLocaleTrees(existing, value) : value;
    }
  }
  return out;
}
