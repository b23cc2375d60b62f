/**
 * A translator over locale trees, resolving dotted keys and `{{name}}` values as i18next does:
 * for code that builds texts without i18next (the server's export). A missing key comes back as
 * itself, as i18next returns it.
 */
export type LocaleTree = { readonly [key: string]: unknown };

export function treeTranslator(
  ...trees: readonly LocaleTree[]
): (key: string, values?: Readonly<Record<string, string | number>>) => string {
  return (key, values = {}) => {
    for (const tree of trees) {
      let node: unknown = tree;
      for (const part of key.split('.')) {
        node =
          node !== null && typeof node === 'object' && Object.hasOwn(node, part)
            ? (node as LocaleTree)[part]
            : undefined;
      }
      if (typeof node === 'string')
        return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
          Object.hasOwn(values, name) ? String(values[name]) : whole,
        );
    }
    return key;
  };
}
