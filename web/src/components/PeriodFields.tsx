import { DateField } from './DateField';

export interface Period {
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
}

/**
 * The period of an analysis and, when `comparing`, the period to compare it with: four date fields and
 * the checkbox between them, inside the screen's own filter form. Texts come from the screen.
 *
 * @example
 * <PeriodFields value={draft} onChange={(p) => setDraft({ ...draft, ...p })} comparing={comparing}
 *   onComparingChange={setComparing} error={rangeError} labels={{ from: t('from'), to: t('to'),
 *   compare: t('compare'), compareFrom: t('compareFrom'), compareTo: t('compareTo') }} />
 */
export function PeriodFields({
  value,
  onChange,
  comparing,
  onComparingChange,
  error,
  labels,
}: {
  value: Period;
  onChange: (period: Period) => void;
  comparing: boolean;
  onComparingChange: (comparing: boolean) => void;
  /** Shown at the first date field: the periods do not make sense. */
  error: string | undefined;
  labels: Record<keyof Period | 'compare', string>;
}) {
  const set = (part: Partial<Period>) => onChange({ ...value, ...part });
  return (
    <>
      <DateField label={labels.from} error={error} value={value.from} onChange={(from) => set({ from })} />
      <DateField label={labels.to} value={value.to} onChange={(to) => set({ to })} />
      <label className="checkbox">
        <input type="checkbox" checked={comparing} onChange={(e) => onComparingChange(e.target.checked)} />{' '}
        {labels.compare}
      </label>
      {comparing && (
        <>
          <DateField
            label={labels.compareFrom}
            value={value.compareFrom}
            onChange={(compareFrom) => set({ compareFrom })}
          />
          <DateField
            label={labels.compareTo}
            value={value.compareTo}
            onChange={(compareTo) => set({ compareTo })}
          />
        </>
      )}
    </>
  );
}
