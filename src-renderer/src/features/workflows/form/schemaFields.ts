/**
 * Turns a zod object schema (a workflow event's step data, a start input, a document template's
 * data) into a small list of form fields, so one generic form serves every event. Only the shapes
 * the schemas use are supported; anything else becomes 'unsupported' and a test lists none.
 */
import { z } from 'zod';
import { assertNever } from '../../../../../src-shared/assertNever';

type Base = {
  name: string;
  isRequired: boolean;
  /** A list the schema wants present but may be empty: left untouched, it is sent as []. */
  sendsEmptyList?: boolean;
};

export type FieldSpec =
  | (Base & { kind: 'text' | 'textarea' | 'date' | 'datetime' | 'time' })
  | (Base & { kind: 'number'; isInteger: boolean })
  /** A yes/no answer. Without a default it must be answered (silence is a missing field). */
  | (Base & { kind: 'boolean'; hasDefault: boolean })
  /** z.literal(true): a statement the user confirms. */
  | (Base & { kind: 'confirm' })
  | (Base & { kind: 'enum' | 'multiEnum'; options: readonly string[] })
  | (Base & { kind: 'textList' })
  | (Base & { kind: 'object' | 'objectList'; fields: readonly FieldSpec[] })
  | (Base & {
      kind: 'union';
      discriminator: string;
      variants: readonly { value: string; fields: readonly FieldSpec[] }[];
    })
  | (Base & { kind: 'unsupported' });

/** A field holding one value or a flat list of values (not a nested record). */
export type ScalarFieldSpec = Exclude<FieldSpec, { kind: 'object' | 'objectList' | 'union' }>;

export type Unwrapped = { schema: z.ZodType; isOptional: boolean; defaultValue?: unknown };

/** Strips optional/default/pipe wrappers, noting whether a value may be left out. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let current: z.ZodType = schema;
  let isOptional = false;
  let defaultValue: unknown;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      isOptional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
      isOptional = true;
      defaultValue ??= current.def.defaultValue;
      current = current.def.innerType as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.def.in as z.ZodType;
    } else {
      return defaultValue === undefined
        ? { schema: current, isOptional }
        : { schema: current, isOptional, defaultValue };
    }
  }
}

/** Long texts (a summary, reasons) get a text area; names and places a line. */
const TEXTAREA_FROM = 1000;
const DATE_NAME = /(On|Date)$|^date$/;
const TIME_NAME = /Time$/;

type StringSchema = z.ZodString | z.ZodStringFormat;

function stringKind(name: string, schema: StringSchema): FieldSpec['kind'] {
  if (schema.format === 'date' || DATE_NAME.test(name)) return 'date';
  if (schema.format === 'datetime') return 'datetime';
  if (TIME_NAME.test(name)) return 'time';
  return (schema.maxLength ?? 0) >= TEXTAREA_FROM ? 'textarea' : 'text';
}

function literalValue(schema: z.ZodType | undefined): string | undefined {
  if (!(schema instanceof z.ZodLiteral)) return undefined;
  const [value] = schema.values;
  return typeof value === 'string' ? value : undefined;
}

function unionVariants(schema: z.ZodDiscriminatedUnion): FieldSpec & { kind: 'union' } {
  const discriminator = schema.def.discriminator;
  const variants = schema.options.flatMap((option) => {
    if (!(option instanceof z.ZodObject)) return [];
    const shape = option.shape as Record<string, z.ZodType>;
    const value = literalValue(shape[discriminator]);
    if (value === undefined) return [];
    const fields = objectFields(option).filter((f) => f.name !== discriminator);
    return [{ value, fields }];
  });
  return { kind: 'union', name: '', isRequired: true, discriminator, variants };
}

export function fieldOf(name: string, schema: z.ZodType): FieldSpec {
  const { schema: inner, isOptional, defaultValue } = unwrap(schema);
  const base = { name, isRequired: !isOptional };
  if (inner instanceof z.ZodString || inner instanceof z.ZodStringFormat) {
    return { ...base, kind: stringKind(name, inner) } as FieldSpec;
  }
  if (inner instanceof z.ZodNumber)
    return { ...base, kind: 'number', isInteger: inner.format?.includes('int') ?? false };
  if (inner instanceof z.ZodBoolean) {
    return { ...base, kind: 'boolean', hasDefault: defaultValue !== undefined };
  }
  if (inner instanceof z.ZodLiteral && inner.values.has(true)) return { ...base, kind: 'confirm' };
  if (inner instanceof z.ZodEnum) {
    return { ...base, kind: 'enum', options: inner.options.map(String) };
  }
  if (inner instanceof z.ZodObject) return { ...base, kind: 'object', fields: objectFields(inner) };
  if (inner instanceof z.ZodDiscriminatedUnion) return { ...unionVariants(inner), ...base };
  if (inner instanceof z.ZodArray) {
    // A list is required when zod refuses it empty (`.min(1)`), not merely because it is present.
    const mayBeEmpty = inner.safeParse([]).success;
    const listBase = {
      name,
      isRequired: !isOptional && !mayBeEmpty,
      ...(!isOptional && mayBeEmpty && defaultValue === undefined ? { sendsEmptyList: true } : {}),
    };
    return listField(listBase, inner);
  }
  return { ...base, kind: 'unsupported' };
}

function listField(base: Base, inner: z.ZodArray): FieldSpec {
  const element = unwrap(inner.element as z.ZodType).schema;
  if (element instanceof z.ZodEnum) {
    return { ...base, kind: 'multiEnum', options: element.options.map(String) };
  }
  if (element instanceof z.ZodString) return { ...base, kind: 'textList' };
  if (element instanceof z.ZodObject) {
    return { ...base, kind: 'objectList', fields: objectFields(element) };
  }
  return { ...base, kind: 'unsupported' };
}

/** The fields of an object schema (its shape, in declaration order). */
export function objectFields(schema: z.ZodType): FieldSpec[] {
  const inner = unwrap(schema).schema;
  if (!(inner instanceof z.ZodObject)) return [];
  const shape = inner.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, field]) => fieldOf(name, field));
}

/** Every field, nested ones included, depth first (for label checks). */
export function allFields(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.flatMap((field) => {
    switch (field.kind) {
      case 'object':
      case 'objectList':
        return [field, ...allFields(field.fields)];
      case 'union':
        return [field, ...field.variants.flatMap((v) => allFields(v.fields))];
      case 'text':
      case 'textarea':
      case 'date':
      case 'datetime':
      case 'time':
      case 'number':
      case 'boolean':
      case 'confirm':
      case 'enum':
      case 'multiEnum':
      case 'textList':
      case 'unsupported':
        return [field];
      default:
        return assertNever(field);
    }
  });
}

/** Default values of the schema's fields where zod declares one, by field name. */
export function schemaDefaults(schema: z.ZodType): Record<string, unknown> {
  const inner = unwrap(schema).schema;
  if (!(inner instanceof z.ZodObject)) return {};
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries<z.ZodType>(inner.shape)) {
    const { schema: child, defaultValue } = unwrap(field);
    if (defaultValue !== undefined) {
      // A prefault of {} stands for the inner object's own defaults.
      out[name] =
        child instanceof z.ZodObject && isEmptyObject(defaultValue)
          ? schemaDefaults(child)
          : structuredClone(defaultValue);
    } else if (child instanceof z.ZodObject && !unwrap(field).isOptional) {
      const nested = schemaDefaults(child);
      if (Object.keys(nested).length > 0) out[name] = nested;
    }
  }
  return out;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}
