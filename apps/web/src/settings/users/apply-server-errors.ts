import type { ReactNode } from 'react';
import { isApiError } from '../../api/problem.ts';
import { fieldErrorsFor } from './form-errors.ts';

interface FormWithErrors {
  setErrors(errors: Record<string, ReactNode>): void;
}

/** True when the server's complaint could be shown on the form's own fields. */
export function applyServerErrors(error: unknown, form: FormWithErrors, fields: readonly string[]): boolean {
  if (!isApiError(error)) return false;
  const errors = fieldErrorsFor(error.fieldErrors, fields);
  if (Object.keys(errors).length === 0) return false;
  form.setErrors(errors);
  return true;
}
