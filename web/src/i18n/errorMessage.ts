import type { TFunction } from 'i18next';
import { isApiError } from '../api/ApiError';

/**
 * The server names broken fields in English zod wording; this turns the common ones into the
 * user's language and leaves anything unknown as the server wrote it.
 *
 * @example
 * translateFieldMessage(t, 'Too big: expected string to have <=200 characters'); // 'Höchstens 200 Zeichen – bitte kürzen.'
 */
export function translateFieldMessage(t: TFunction, message: string): string {
  let m: RegExpMatchArray | null;
  if ((m = message.match(/expected string to have <=(\d+)/))) return t('errors.tooLong', { max: m[1] });
  if (message === 'must not be empty' || /expected string to have >=1 /.test(message))
    return t('errors.empty');
  if ((m = message.match(/expected string to have >=(\d+)/))) return t('errors.tooShort', { min: m[1] });
  if ((m = message.match(/expected number to be <=?(-?[\d.]+)/))) return t('errors.tooBig', { max: m[1] });
  if ((m = message.match(/expected number to be >=?(-?[\d.]+)/))) return t('errors.tooSmall', { min: m[1] });
  if (/expected int/.test(message)) return t('errors.notInteger');
  if (/expected number/.test(message)) return t('errors.invalidNumber');
  if (/ISO date/.test(message)) return t('errors.invalidDate');
  if ((m = message.match(/^must have at least (\d+) characters$/)))
    return t('errors.tooShort', { min: m[1] });
  // Exact zod wordings only: a message that merely mentions "email" (e.g. a list of merge fields) is not one.
  if (/^Invalid email( address)?$/i.test(message)) return t('errors.invalidEmail');
  if (/^Invalid URL$/i.test(message) || message === 'must be an http(s) address')
    return t('errors.invalidUrl');
  return message;
}

const knownCodes = [
  'network',
  'forbidden',
  'not_found',
  'conflict',
  'gone',
  'rate_limited',
  'unauthenticated',
  'payload_too_large',
  'validation_failed',
  'invalid_response',
  'internal',
] as const;
type KnownCode = (typeof knownCodes)[number];

/** A sentence for a toast about a failed request, in the user's language. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('common.unknownError');
  if ((knownCodes as readonly string[]).includes(error.code)) return t(`errors.${error.code as KnownCode}`);
  return error.message || t('common.unknownError');
}
