/** What a document template is, and the parse-then-render step every template shares. */
import type { z } from 'zod';
import type { DocumentContent, DocumentModel } from './documentModel';
import type { DocumentTemplateId } from './documentTemplateId';

/** A problem with the data, at a readable path such as "grounds[1].response". */
export type DocumentDataIssue = {
  readonly path: string;
  /** An i18n key. */
  readonly message: string;
  /** Values for the message's placeholders (e.g. the current article number). */
  readonly params?: Readonly<Record<string, string | number>>;
};

export type RenderResult =
  | { readonly ok: true; readonly value: DocumentModel }
  | { readonly ok: false; readonly issues: readonly DocumentDataIssue[] };

export type DocumentTemplate<S extends z.ZodType = z.ZodType> = {
  readonly id: DocumentTemplateId;
  /** Raised whenever the wording or layout changes, so a stored document names what made it. */
  readonly version: number;
  /** The document's title in Chinese, e.g. 国家司法救助决定书. */
  readonly title: string;
  readonly schema: S;
  /** Pure: the same data always gives the same model. */
  readonly render: (data: z.output<S>) => DocumentModel;
  /** Checks unknown data with `schema` and renders it, or lists every problem. */
  readonly build: (input: unknown) => RenderResult;
};

/** The string and number values of a custom issue's params, for i18n interpolation. */
function messageParams(params: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

/** ['grounds', 1, 'response'] → "grounds[1].response". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** A template as written: its content renderer; id, version and title are added to the model. */
export type TemplateSpec<S extends z.ZodType> = Pick<
  DocumentTemplate<S>,
  'id' | 'version' | 'title' | 'schema'
> & { readonly renderContent: (data: z.output<S>) => DocumentContent };

export function defineTemplate<S extends z.ZodType>(spec: TemplateSpec<S>): DocumentTemplate<S> {
  const { id, version, title, schema } = spec;
  const render = (data: z.output<S>): DocumentModel => ({
    templateId: id,
    templateVersion: version,
    title,
    ...spec.renderContent(data),
  });
  return {
    id,
    version,
    title,
    schema,
    render,
    build(input) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          issues: parsed.error.issues.map((issue) => ({
            path: formatIssuePath(issue.path),
            message: issue.message,
            ...(issue.code === 'custom' && issue.params
              ? { params: messageParams(issue.params) }
              : {}),
          })),
        };
      }
      return { ok: true, value: render(parsed.data) };
    },
  };
}
