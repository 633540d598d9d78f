import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { QuickcheckAdoptResult } from '../../../../src/contract/quickcheck';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { usePersonas } from '../personas/usePersonas';
import { useQuickcheckT } from './messages';
import { useAdoptQuickcheck, type AdoptSource } from './useAdoptQuickcheck';

type TargetMaturity = 'minimal' | 'good' | 'excellent';

interface AdoptPanelProps {
  workspaceId: string;
  source: AdoptSource;
  /** The interfaces ticked in the list, in rank order. */
  selected: readonly string[];
  /** Shown when the panel opens, e.g. after the result screen saved and adopted in one step. */
  initialOutcome?: QuickcheckAdoptResult | null;
  onAdopted?: (runId: string, result: QuickcheckAdoptResult, savedNow: boolean) => void;
}

/** Adopts the interfaces ticked in the list (the top recommendations to begin with) as target touchpoints. */
export function AdoptPanel({ workspaceId, source, selected, initialOutcome, onAdopted }: AdoptPanelProps) {
  const t = useQuickcheckT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const personas = usePersonas(workspaceId);
  const adopt = useAdoptQuickcheck(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [personaId, setPersonaId] = useState('');
  const [targetMaturity, setTargetMaturity] = useState<TargetMaturity>('good');
  const [outcome, setOutcome] = useState<QuickcheckAdoptResult | null>(initialOutcome ?? null);
  const [localError, setLocalError] = useState<string | null>(null);
  const titleId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    setLocalError(null);
    if (selected.length === 0) {
      setLocalError(t('adopt.nothingSelected'));
      return;
    }
    adopt.mutate(
      {
        source,
        input: { targetMaturity, interfaces: [...selected], ...(personaId && { personaIds: [personaId] }) },
      },
      {
        onSuccess: ({ runId, savedRun, result }) => {
          setOutcome(result);
          if (result.created.length > 0) toast.success(t('adopt.done', { count: result.created.length }));
          else toast.info(t('adopt.noneCreated'));
          onAdopted?.(runId, result, savedRun !== null);
        },
        onError: fail,
      },
    );
  };

  return (
    <section className="panel qc-adopt" aria-labelledby={titleId} data-testid="qc-adopt">
      <h2 id={titleId}>{t('adopt.title')}</h2>
      <p className="hint">{t('adopt.intro')}</p>
      <form onSubmit={submit} noValidate>
        <p className="qc-adopt-selected" aria-live="polite">
          {t('adopt.selectedCount', { count: selected.length })}
        </p>
        {(localError ?? errors.interfaces) && <p className="form-error">{localError ?? errors.interfaces}</p>}
        <Field label={t('adopt.persona')} error={errors.personaIds}>
          {(props) => (
            <select {...props} value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
              <option value="">{t('adopt.noPersona')}</option>
              {personas.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('adopt.targetMaturity')} error={errors.targetMaturity}>
          {(props) => (
            <select
              {...props}
              value={targetMaturity}
              onChange={(e) => setTargetMaturity(e.target.value as TargetMaturity)}
            >
              {(['minimal', 'good', 'excellent'] as const).map((m) => (
                <option key={m} value={m}>
                  {shellT(`maturity.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={adopt.isPending}>
          {adopt.isPending
            ? t('adopt.submitting')
            : 'runId' in source
              ? t('adopt.submit', { count: selected.length })
              : t('adopt.saveAndSubmit', { count: selected.length })}
        </button>
      </form>
      {outcome && (
        <div className="qc-adopt-outcome" data-testid="qc-adopt-outcome" role="status">
          <h3>{t('adopt.created')}</h3>
          {outcome.created.length === 0 ? (
            <p className="muted">{t('adopt.noneCreated')}</p>
          ) : (
            <ul>
              {outcome.created.map((tp) => (
                <li key={tp.id}>
                  <Link to={`/touchpoints/${tp.id}`}>{tp.name}</Link>
                </li>
              ))}
            </ul>
          )}
          {outcome.skipped.length > 0 && (
            <>
              <h3>{t('adopt.skipped')}</h3>
              <ul>
                {outcome.skipped.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
