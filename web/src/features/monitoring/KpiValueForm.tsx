import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Kpi } from '../../../../src/contract/kpis';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../action-plan/useDayFormat';
import { useRecordKpiValue } from '../kpis/useRecordKpiValue';
import { parseNumber } from './kpiValuesCsv';
import { useMonitoringT } from './messages';
import { monitoringKeys } from './monitoringKeys';

const today = () => new Date().toISOString().slice(0, 10);

/** Records one value of a KPI by hand; a value typed with a German decimal comma is understood. */
export function KpiValueForm({ workspaceId, kpi }: { workspaceId: string; kpi: Kpi }) {
  const t = useMonitoringT();
  const toast = useToast();
  const format = useFormat();
  const formatDay = useDayFormat();
  const queryClient = useQueryClient();
  const record = useRecordKpiValue(workspaceId, kpi.touchpointId);
  const { errors, fail, clear } = useFormErrors();
  const [measuredOn, setMeasuredOn] = useState(today);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [valueError, setValueError] = useState<string | null>(null);
  const titleId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const number = parseNumber(value);
    if (number === null) {
      setValueError(t('entry.invalidNumber'));
      return;
    }
    setValueError(null);
    record.mutate(
      { kpiId: kpi.id, value: { measuredOn, value: number, ...(note.trim() && { note: note.trim() }) } },
      {
        onSuccess: (saved) => {
          void queryClient.invalidateQueries({ queryKey: monitoringKeys.kpis(workspaceId) });
          toast.success(
            t('entry.saved', {
              kpi: kpi.name,
              value: format.plain(saved.value),
              date: formatDay(saved.measuredOn),
            }),
          );
          setValue('');
          setNote('');
        },
        onError: fail,
      },
    );
  };

  return (
    <form className="mon-entry" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>{t('entry.title')}</h4>
      <div className="mon-entry-fields">
        <Field label={t('entry.date')} error={errors.measuredOn}>
          {(p) => (
            <input {...p} type="date" value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value)} />
          )}
        </Field>
        <Field
          label={`${t('entry.value')}${kpi.unit ? ` (${kpi.unit})` : ''}`}
          error={valueError ?? errors.value}
        >
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              size={8}
            />
          )}
        </Field>
        <Field label={t('entry.note')} error={errors.note} className="mon-entry-note">
          {(p) => <input {...p} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('entry.submit')}
        </button>
      </div>
    </form>
  );
}
