import type { FieldError } from '@usta/contracts/common';

/**
 * Puts the server's field errors (already in the user's language) on the form's own fields.
 * A path like `roles.2` belongs to the `roles` field; errors for fields the form does not show
 * are left out, and the caller shows the problem's `detail` instead.
 */
export function fieldErrorsFor<Field extends string>(
  errors: readonly FieldError[],
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const known = new Set<string>(fields);
  const result: Partial<Record<Field, string>> = {};
  for (const error of errors) {
    const field = error.path.split(/[.[]/)[0] ?? '';
    if (known.has(field) && result[field as Field] === undefined) result[field as Field] = error.message;
  }
  return result;
}
