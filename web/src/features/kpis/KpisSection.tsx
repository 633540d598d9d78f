import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../src/contract/kpis';
import { Field } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useFormat } from '../../i18n/format';
import { useCreateKpi } from './useCreateKpi';
import { useRecordKpiValue } from './useRecordKpiValue';
import { useTouchpointKpis } from './useTouchpointKpis';

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

function RecordValueForm({
  workspaceId,
  touchpointId,
  kpi,
}: {
  workspaceId: string;
  touchpointId: string;
  kpi: Kpi;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const record = useRecordKpiValue(workspaceId, touchpointId);
  const { errors, fail, clear } = useFormErrors();
  const [measuredOn, setMeasuredOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [value, setValue] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const parsed = parseNumber(value);
    if (parsed === null || Number.isNaN(parsed)) return setLocalError(t('errors.invalidNumber'));
    setLocalError(null);
    record.mutate(
      { kpiId: kpi.id, value: { measuredOn, value: parsed } },
      {
        onSuccess: () => {
          toast.success(t('kpis.recorded'));
          setValue('');
        },
        onError: fail,
      },
    );
  };

  return (
    <form
      className="kpi-value-form"
      onSubmit={submit}
      noValidate
      aria-label={`${t('kpis.recordValue')}: ${kpi.name}`}
    >
      <Field label={t('kpis.measuredOn')} error={errors.measuredOn}>
        {(p) => (
          <input {...p} type="date" value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value)} />
        )}
      </Field>
      <Field
        label={`${t('kpis.value')}${kpi.unit ? ` (${kpi.unit})` : ''}`}
        error={localError ?? errors.value}
      >
        {(p) => (
          <input
            {...p}
            inputMode="decimal"
            name="kpiValue"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={record.isPending}>
        {t('kpis.recordValue')}
      </button>
    </form>
  );
}

/** The touchpoint's KPIs with their targets and latest values; editors add KPIs and record values. */
export function KpisSection({
  workspaceId,
  touchpointId,
  canEdit,
}: {
  workspaceId: string;
  touchpointId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const kpis = useTouchpointKpis(workspaceId, touchpointId);
  const create = useCreateKpi(workspaceId, touchpointId);
  const { errors, fail, clear } = useFormErrors();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<'higher_is_better' | 'lower_is_better'>('higher_is_better');
  const [target, setTarget] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const targetValue = parseNumber(target);
    if (targetValue !== null && Number.isNaN(targetValue)) return setLocalError(t('errors.invalidNumber'));
    setLocalError(null);
    create.mutate(
      { name, ...(unit && { unit }), direction, targetValue },
      {
        onSuccess: (kpi) => {
          toast.success(t('kpis.created', { name: kpi.name }));
          setName('');
          setUnit('');
          setTarget('');
        },
        onError: fail,
      },
    );
  };

  return (
    <section className="panel panel-wide" aria-labelledby="sec-kpis">
      <h2 id="sec-kpis">{t('detail.sections.kpis')}</h2>
      <QueryContent query={kpis} empty={t('kpis.none')}>
        {(data) => (
          <ul className="plain-list" data-testid="kpi-list">
            {data.map((kpi) => (
              <li key={kpi.id} data-testid="kpi">
                <div className="row">
                  <strong>{kpi.name}</strong>
                  <span
                    className={`badge ${kpi.status === 'on_target' ? 'badge-success' : kpi.status === 'off_target' ? 'badge-danger' : 'badge-soft'}`}
                  >
                    {t(`kpis.status.${kpi.status}`)}
                  </span>
                  <span className="muted">
                    {t('kpis.target')}:{' '}
                    {kpi.targetValue === null ? '–' : `${format.plain(kpi.targetValue)} ${kpi.unit}`} ·{' '}
                    {kpi.direction === 'higher_is_better' ? t('kpis.higher') : t('kpis.lower')}
                  </span>
                </div>
                <p data-testid="kpi-latest">
                  {t('kpis.latest')}:{' '}
                  {kpi.latest
                    ? `${format.plain(kpi.latest.value)} ${kpi.unit} (${format.date(kpi.latest.measuredOn)})`
                    : '–'}
                </p>
                {canEdit && (
                  <RecordValueForm workspaceId={workspaceId} touchpointId={touchpointId} kpi={kpi} />
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
      {canEdit && (
        <form onSubmit={submit} noValidate className="subform">
          <h3>{t('kpis.add')}</h3>
          <div className="form-grid">
            <Field label={t('kpis.name')} error={errors.name}>
              {(p) => <input {...p} name="kpiName" value={name} onChange={(e) => setName(e.target.value)} />}
            </Field>
            <Field label={t('kpis.unit')} error={errors.unit}>
              {(p) => (
                <input
                  {...p}
                  name="kpiUnit"
                  value={unit}
                  onChange={(e) => setUnit(e.target.value)}
                  placeholder="%"
                />
              )}
            </Field>
            <Field label={t('kpis.direction')} error={errors.direction}>
              {(p) => (
                <select
                  {...p}
                  value={direction}
                  onChange={(e) => setDirection(e.target.value as typeof direction)}
                >
                  <option value="higher_is_better">{t('kpis.higher')}</option>
                  <option value="lower_is_better">{t('kpis.lower')}</option>
                </select>
              )}
            </Field>
            <Field label={t('kpis.target')} error={localError ?? errors.targetValue}>
              {(p) => (
                <input
                  {...p}
                  name="kpiTarget"
                  inputMode="decimal"
                  value={target}
                  onChange={(e) => setTarget(e.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {t('kpis.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
