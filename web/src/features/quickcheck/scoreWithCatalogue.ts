import type { QuickcheckResultRowView } from '../../../../src/contract/quickcheck';
import type { DigitalInterface } from '../../../../src/core/catalogue/types';
import { quickcheckLabels, scoreQuickcheck, type QuickcheckAnswer } from '../../../../src/core/quickcheck';

const labelEnOf = new Map<string, string>(quickcheckLabels.map((label) => [label.key, label.labelEn]));

/**
 * Scores the answers in the browser with the same core function the server uses, so the result shows
 * before anything is saved (and for viewers, who cannot save). The catalogue adds phases, pros and cons
 * as the server's run view does; without it those stay empty.
 *
 * @example
 * scoreWithCatalogue(Array(14).fill('wichtig'), catalogue.digitalInterfaces)?.[0]?.percent; // 66.7
 */
export function scoreWithCatalogue(
  answers: readonly QuickcheckAnswer[],
  interfaces: readonly DigitalInterface[] | undefined,
): QuickcheckResultRowView[] | null {
  const scored = scoreQuickcheck(answers);
  if (!scored.ok) return null;
  const byName = new Map((interfaces ?? []).map((entry) => [entry.name, entry]));
  return scored.value.map((row) => {
    const entry = byName.get(row.interface);
    return {
      ...row,
      labelEn: labelEnOf.get(row.labelKey) ?? row.label,
      key: entry?.key ?? row.interface,
      nameEn: entry?.nameEn ?? row.interface,
      phases: entry ? [...entry.phases] : [],
      pros: { de: entry?.prosDe ?? [], en: entry?.prosEn ?? [] },
      cons: { de: entry?.consDe ?? [], en: entry?.consEn ?? [] },
      paysOffWhen: { de: entry?.paysOffWhenDe ?? '', en: entry?.paysOffWhenEn ?? '' },
    };
  });
}
