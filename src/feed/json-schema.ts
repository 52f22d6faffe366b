import * as z from 'zod/mini';
import { wholeFeedSchema } from './schema.js';

/**
 * The feed's JSON Schema, generated from the zod schema. Refinements that JSON Schema cannot
 * express (real calendar days, known time zones) are described in `description` instead.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(wholeFeedSchema(), { unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'District career feed, version 1',
  };
}
