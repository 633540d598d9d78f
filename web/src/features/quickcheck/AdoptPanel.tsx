import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { QuickcheckAdoptResult, QuickcheckRun } from '../../../../src/contract/quickcheck';
import { Field, FieldSet } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { usePersonas } from '../personas/usePersonas';
import { useQuickcheckT } from './messages';
import { useAdoptQuickcheck } from './useAdoptQuickcheck';

export type AdoptMode = 'all' | 'selection';
type TargetMaturity = 'minimal' | 'good' | 'excellent';

interface AdoptPanelProps {
  workspaceId: string;
  run: QuickcheckRun;
  mode: AdoptMode;
  onModeChange: (mode: AdoptMode) => void;
  selected: ReadonlySet<string>;
}

/** Adopts all "Sehr empfehlenswert" interfaces or the ticked ones as target touchpoints, then lists the outcome. */
export function AdoptPanel({ workspaceId, run, mode, onModeChange, selected }: AdoptPanelProps) {
  const t = useQuickcheckT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const personas = usePersonas(workspaceId);
  const adopt = useAdoptQuickcheck(workspaceId, run.id);
  const { errors, fail, clear } = useFormErrors();
  const [personaId, setPersonaId] = useState('');
  const [targetMaturity, setTargetMaturity] = useState<TargetMaturity>('good');
  const [outcome, setOutcome] = useState<QuickcheckAdoptResult | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const radioName = useId();

  const veryRecommended = run.results.filter((row) => row.labelKey === 'very_recommended').length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    setLocalError(null);
    if (mode === 'selection' && selected.size === 0) {
      setLocalError(t('adopt.nothingSelected'));
      return;
    }
    if (mode === 'all' && veryRecommended === 0) {
      setLocalError(t('adopt.noneVeryRecommended'));
      return;
    }
    adopt.mutate(
      {
        targetMaturity,
        ...(mode === 'selection' && { interfaces: [...selected] }),
        ...(personaId && { personaIds: [personaId] }),
      },
      {
        onSuccess: (result) => {
          setOutcome(result);
          if (result.created.length > 0) toast.success(t('adopt.done', { count: result.created.length }));
          else toast.info(t('adopt.noneCreated'));
        },
        onError: fail,
      },
    );
  };

  return (
    <section className="panel qc-adopt" aria-labelledby={`${radioName}-title`} data-testid="qc-adopt">
      <h2 id={`${radioName}-title`}>{t('adopt.title')}</h2>
      <p className="hint">{t('adopt.intro')}</p>
      <form onSubmit={submit} noValidate>
        <FieldSet legend={t('adopt.mode')} error={localError ?? errors.interfaces}>
          <label className="checkbox qc-adopt-mode">
            <input
              type="radio"
              name={radioName}
              checked={mode === 'all'}
              onChange={() => onModeChange('all')}
            />
            {t('adopt.modeAll', { count: veryRecommended })}
          </label>
          <label className="checkbox qc-adopt-mode">
            <input
              type="radio"
              name={radioName}
              checked={mode === 'selection'}
              onChange={() => onModeChange('selection')}
            />
            {t('adopt.modeSelection', { count: selected.size })}
          </label>
        </FieldSet>
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
          {adopt.isPending ? t('adopt.submitting') : t('adopt.submit')}
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
