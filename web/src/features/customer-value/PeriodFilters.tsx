import { useState, type FormEvent, type ReactNode } from 'react';
import { PeriodFields } from '../../components/PeriodFields';
import { Field } from '../../components/Field';
import { usePersonas } from '../personas/usePersonas';
import { useCustomerValueT } from './messages';

const CLASSES = ['paid', 'owned', 'earned'] as const;

/** The period, comparison period and filters every analysis of this kind takes. */
export interface PeriodFilterValues {
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
  persona: string;
  channelClass: string;
  channel: string;
}

/**
 * The filter bar of the customer value and visitor screens: period, optional comparison period,
 * persona, channel class and channel, plus what a screen adds (`extra`). Applies on submit, after
 * checking the periods.
 */
export function PeriodFilters<T extends PeriodFilterValues>({
  workspaceId,
  initial,
  onApply,
  extra,
}: {
  workspaceId: string;
  initial: T;
  onApply: (value: T) => void;
  extra?: (draft: T, setDraft: (next: T) => void) => ReactNode;
}) {
  const t = useCustomerValueT();
  const personas = usePersonas(workspaceId);
  const [draft, setDraft] = useState(initial);
  const [comparing, setComparing] = useState(Boolean(initial.compareFrom));
  const [rangeError, setRangeError] = useState<string | undefined>();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const bad =
      !draft.from ||
      !draft.to ||
      draft.from > draft.to ||
      (comparing && (!draft.compareFrom || !draft.compareTo || draft.compareFrom > draft.compareTo));
    if (bad) {
      setRangeError(t('filters.rangeError'));
      return;
    }
    setRangeError(undefined);
    onApply(comparing ? draft : { ...draft, compareFrom: '', compareTo: '' });
  };
  return (
    <form className="toolbar cv-filters" onSubmit={apply}>
      <PeriodFields
        value={draft}
        onChange={(p) => setDraft({ ...draft, ...p })}
        comparing={comparing}
        onComparingChange={setComparing}
        error={rangeError}
        labels={{
          from: t('filters.from'),
          to: t('filters.to'),
          compare: t('filters.compare'),
          compareFrom: t('filters.compareFrom'),
          compareTo: t('filters.compareTo'),
        }}
      />
      <Field label={t('filters.persona')}>
        {(props) => (
          <select
            {...props}
            value={draft.persona}
            onChange={(e) => setDraft({ ...draft, persona: e.target.value })}
          >
            <option value="">{t('filters.any')}</option>
            {(personas.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('filters.channelClass')}>
        {(props) => (
          <select
            {...props}
            value={draft.channelClass}
            onChange={(e) => setDraft({ ...draft, channelClass: e.target.value })}
          >
            <option value="">{t('filters.any')}</option>
            {CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`filters.classes.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('filters.channel')}>
        {(props) => (
          <input
            {...props}
            value={draft.channel}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, channel: e.target.value.trim() })}
          />
        )}
      </Field>
      {extra?.(draft, setDraft)}
      <button type="submit" className="button">
        {t('filters.apply')}
      </button>
    </form>
  );
}
