import { isApiError } from './ApiError';

export type FieldErrors = Record<string, string>;

interface Issue {
  field: string;
  message: string;
}

function isIssue(value: unknown): value is Issue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Issue).field === 'string' &&
    typeof (value as Issue).message === 'string'
  );
}

/**
 * The form fields a failed request complains about, keyed by the field name of the request body.
 * Validation errors name fields as `body.name` or `body.phaseIds.0`; domain errors as `details.field`.
 *
 * @example
 * fieldErrorsOf(new ApiError(400, 'validation_failed', '...', { issues: [{ field: 'body.name', message: 'Too big' }] }));
 * // { name: 'Too big' }
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  const result: FieldErrors = {};
  const issues = Array.isArray(error.details.issues) ? error.details.issues.filter(isIssue) : [];
  for (const issue of issues) {
    const [context, name] = issue.field.split('.');
    if (context !== 'body' || !name) continue;
    result[name] ??= issue.message;
  }
  const field = error.details.field;
  if (typeof field === 'string' && !result[field]) result[field] = error.message;
  return result;
}
