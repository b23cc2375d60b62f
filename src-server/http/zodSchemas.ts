/**
 * Zod at the HTTP boundary: route schemas are zod schemas; Fastify validates requests with them
 * (a failure is a 400 'bad-request'), and @fastify/swagger documents them as JSON Schema.
 */
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { z } from 'zod';

/** A request part that failed its schema. */
export class RequestValidationError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`);
    this.name = 'RequestValidationError';
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (!(schema instanceof z.ZodType))
    throw new Error(`route schema for ${httpPart ?? '?'} is not a zod schema`);
  return (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return {
      error: new RequestValidationError(httpPart ?? 'request', z.prettifyError(result.error)),
    };
  };
};

/** Responses are typed by the handlers; they are written as plain JSON. */
export function jsonSerializerCompiler() {
  return (data: unknown) => JSON.stringify(data);
}

function toJsonSchema(value: unknown, io: 'input' | 'output'): unknown {
  if (!(value instanceof z.ZodType)) return value;
  const json = z.toJSONSchema(value, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

/** @fastify/swagger `transform`: the route's zod schemas become OpenAPI 3.1 (JSON Schema 2020-12). */
export function zodSwaggerTransform({ schema, url }: { schema: FastifySchema; url: string }) {
  const response =
    schema.response !== undefined && typeof schema.response === 'object' && schema.response !== null
      ? Object.fromEntries(
          Object.entries(schema.response).map(([code, s]) => [code, toJsonSchema(s, 'output')]),
        )
      : undefined;
  const transformed: FastifySchema = {
    ...schema,
    ...(schema.body === undefined ? {} : { body: toJsonSchema(schema.body, 'input') }),
    ...(schema.querystring === undefined
      ? {}
      : { querystring: toJsonSchema(schema.querystring, 'input') }),
    ...(schema.params === undefined ? {} : { params: toJsonSchema(schema.params, 'input') }),
    ...(response === undefined ? {} : { response }),
  };
  return { schema: transformed, url };
}
