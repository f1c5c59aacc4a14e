import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';

type JsonSchema = Record<string, unknown>;

/** Keywords fast-json-stringify does not need to write a value (it validates nothing). */
const DROPPED = new Set([
  '$schema',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'description',
]);
const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * Zod's JSON Schema, reduced to what a serializer needs: `anyOf: [T, null]` becomes
 * `type: [T, 'null']` on a primitive and `nullable: true` on an object or array, so no value is
 * matched against a schema (fast-json-stringify runs its validator on each `anyOf` branch of
 * each value otherwise: 50 SLA summaries a list page); validation keywords go.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const schema = node as JsonSchema;
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2) {
    const nonNull = anyOf.find((s) => s.type !== 'null');
    const hasNull = anyOf.some((s) => s.type === 'null' && Object.keys(s).length === 1);
    if (hasNull && nonNull && typeof nonNull.type === 'string') {
      const { anyOf: _anyOf, ...rest } = schema;
      if (PRIMITIVES.has(nonNull.type)) {
        return simplify({ ...rest, ...nonNull, type: [nonNull.type, 'null'], enum: undefined });
      }
      if (nonNull.type === 'object' || nonNull.type === 'array') {
        return { ...(simplify({ ...rest, ...nonNull }) as JsonSchema), nullable: true };
      }
    }
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || value === undefined) continue;
    if (key === 'enum' || key === 'const') continue;
    out[key] =
      key === 'properties' || key === '$defs' || key === 'definitions'
        ? Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, simplify(v)]))
        : simplify(value);
  }
  return out;
}

/** A JSON writer compiled once from a Zod response schema (same fields, same order as Zod's). */
export function compileFastSerializer(schema: ZodType): (data: unknown) => string {
  const json = simplify(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })) as JsonSchema;
  return fastJson(json as unknown as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
}

/**
 * Route-level serializer compiler for hot read routes: their answers are built by our own
 * presenters (so already in the contract's shape), and fast-json-stringify writes them without
 * a Zod encode per response. The OpenAPI document still comes from the Zod schema; any schema
 * this cannot compile falls back to the Zod serializer.
 */
export const fastSerializerCompiler: FastifySerializerCompiler<unknown> = (routeSchema) => {
  const schema = routeSchema.schema as ZodType;
  try {
    return compileFastSerializer(schema);
  } catch {
    return zodSerializerCompiler(routeSchema as Parameters<typeof zodSerializerCompiler>[0]);
  }
};
