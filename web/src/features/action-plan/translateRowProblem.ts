import type { TFunction } from 'i18next';
import { translateFieldMessage } from '../../i18n/errorMessage';
import type { useActionPlanT } from './messages';

/**
 * The server words CSV row problems in English (src/services/actionPlanCsv.ts, csvTable.ts); this
 * says the common ones in the user's language and leaves anything else as the server wrote it.
 *
 * @example translateRowProblem(t, shellT, 'must be a date like 2026-12-31') // 'Bitte ein Datum im Format …'
 */
export function translateRowProblem(
  t: ReturnType<typeof useActionPlanT>,
  shellT: TFunction,
  message: string,
): string {
  let m: RegExpMatchArray | null;
  if (/must be a date like/.test(message)) return t('import.problems.date');
  if ((m = message.match(/^unknown touchpoint (.+)$/)))
    return t('import.problems.unknownTouchpoint', { names: m[1] });
  if ((m = message.match(/^has (\d+) cells; the header line has (\d+)/)))
    return t('import.problems.cells', { cells: m[1], header: m[2] });
  if ((m = message.match(/^missing column (.+)$/)))
    return t('import.problems.missingColumn', { column: m[1] });
  if ((m = message.match(/^unknown column ([^;]+);/)))
    return t('import.problems.unknownColumn', { column: m[1] });
  if (/^no measure with this id/.test(message)) return t('import.problems.unknownId');
  if (/expected one of "planned"/.test(message)) return t('import.problems.status');
  if (/expected number to be [<>]=?[15]|expected int/.test(message)) return t('import.problems.score');
  return translateFieldMessage(shellT, message);
}
