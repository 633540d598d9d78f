import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../src/contract/kpis';
import type { Measure, MeasureInput } from '../../../../src/contract/measures';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import type { MeasureStatus } from '../../../../src/core/model';
import { Dialog } from '../../components/Dialog';
import { Field, FieldSet, TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { STATUSES } from './measureModel';
import { useActionPlanT } from './messages';
import { useCreateMeasure } from './useCreateMeasure';
import { useDeleteMeasure } from './useDeleteMeasure';
import { useUpdateMeasure } from './useUpdateMeasure';

interface MeasureDialogProps {
  workspaceId: string;
  /** null: create a new measure. */
  measure: Measure | null;
  touchpoints: readonly Touchpoint[];
  kpis: readonly Kpi[];
  onClose: () => void;
  /** For a new measure started from a touchpoint (its page, a row of the priorities). */
  prefill?: Partial<
    Pick<MeasureInput, 'title' | 'description' | 'effort' | 'expectedImpact' | 'touchpointIds'>
  >;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** Create and edit a measure; the dialog stays open with everything typed when the server refuses. */
export function MeasureDialog({
  workspaceId,
  measure,
  touchpoints,
  kpis,
  onClose,
  prefill,
}: MeasureDialogProps) {
  const t = useActionPlanT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const create = useCreateMeasure(workspaceId);
  const update = useUpdateMeasure(workspaceId);
  const remove = useDeleteMeasure(workspaceId);
  const { errors, fail, clear } = useFormErrors();

  const [title, setTitle] = useState(measure?.title ?? prefill?.title ?? '');
  const [description, setDescription] = useState(measure?.description ?? prefill?.description ?? '');
  const [owner, setOwner] = useState(measure?.owner ?? '');
  const [dueDate, setDueDate] = useState(measure?.dueDate ?? '');
  const [status, setStatus] = useState<MeasureStatus>(measure?.status ?? 'planned');
  const [effort, setEffort] = useState(measure?.effort ?? prefill?.effort ?? 3);
  const [expectedImpact, setExpectedImpact] = useState(
    measure?.expectedImpact ?? prefill?.expectedImpact ?? 3,
  );
  const [touchpointIds, setTouchpointIds] = useState<Set<string>>(
    new Set(measure?.touchpointIds ?? prefill?.touchpointIds ?? []),
  );
  const [kpiId, setKpiId] = useState(measure?.kpiId ?? '');
  const [filter, setFilter] = useState('');

  // Retired touchpoints stay listed only while the measure still refers to them.
  const choosable = useMemo(
    () =>
      touchpoints
        .filter((tp) => tp.retiredAt === null || measure?.touchpointIds.includes(tp.id))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [touchpoints, measure],
  );
  const shown = choosable.filter((tp) => tp.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const touchpointName = new Map(touchpoints.map((tp) => [tp.id, tp.name]));
  const kpiGroups = useMemo(() => {
    const groups = new Map<string, Kpi[]>();
    for (const kpi of kpis) groups.set(kpi.touchpointId, [...(groups.get(kpi.touchpointId) ?? []), kpi]);
    return [...groups.entries()];
  }, [kpis]);
  const pending = create.isPending || update.isPending || remove.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const input: MeasureInput = {
      title,
      description,
      owner,
      dueDate: dueDate || null,
      status,
      effort,
      expectedImpact,
      touchpointIds: [...touchpointIds],
      kpiId: kpiId || null,
    };
    const done = (saved: Measure) => {
      toast.success(t(measure ? 'form.updated' : 'form.created', { title: saved.title }));
      onClose();
    };
    if (measure) update.mutate({ id: measure.id, patch: input }, { onSuccess: done, onError: fail });
    else create.mutate(input, { onSuccess: done, onError: fail });
  };

  const destroy = () => {
    if (!measure || !window.confirm(t('form.confirmDelete', { title: measure.title }))) return;
    remove.mutate(measure.id, {
      onSuccess: () => {
        toast.success(t('form.deleted', { title: measure.title }));
        onClose();
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };

  const toggle = (id: string) =>
    setTouchpointIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Dialog open title={measure ? t('form.editTitle') : t('form.createTitle')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate data-testid="measure-form">
        <div className="form-grid">
          <TextField
            label={t('form.title')}
            error={errors.title}
            className="span-all"
            value={title}
            onChange={setTitle}
            maxLength={200}
            placeholder={t('form.titlePlaceholder')}
          />
          <TextField
            label={t('form.owner')}
            error={errors.owner}
            value={owner}
            onChange={setOwner}
            maxLength={200}
            placeholder={t('form.ownerPlaceholder')}
          />
          <TextField
            label={t('form.dueDate')}
            error={errors.dueDate}
            type="date"
            value={dueDate}
            onChange={setDueDate}
          />
          <Field label={t('form.status')} error={errors.status}>
            {(p) => (
              <select {...p} value={status} onChange={(e) => setStatus(e.target.value as MeasureStatus)}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {shellT(`measures.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('form.expectedImpact')} error={errors.expectedImpact}>
            {(p) => (
              <select
                {...p}
                value={expectedImpact}
                onChange={(e) => setExpectedImpact(Number(e.target.value))}
              >
                {SCORES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('form.effort')} error={errors.effort}>
            {(p) => (
              <select {...p} value={effort} onChange={(e) => setEffort(Number(e.target.value))}>
                {SCORES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('form.kpi')} error={errors.kpiId}>
            {(p) => (
              <select {...p} value={kpiId} onChange={(e) => setKpiId(e.target.value)}>
                <option value="">{t('form.noKpi')}</option>
                {kpiGroups.map(([tpId, group]) => (
                  <optgroup key={tpId} label={touchpointName.get(tpId) ?? '–'}>
                    {group.map((kpi) => (
                      <option key={kpi.id} value={kpi.id}>
                        {kpi.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
        </div>
        <FieldSet
          legend={`${t('form.touchpoints')} (${t('form.selected', { count: touchpointIds.size })})`}
          error={errors.touchpointIds}
          className="ap-touchpoint-picker"
        >
          {choosable.length === 0 ? (
            <p className="muted">{t('form.noTouchpoints')}</p>
          ) : (
            <>
              <label className="visually-hidden" htmlFor="ap-touchpoint-filter">
                {t('form.touchpointFilter')}
              </label>
              <input
                id="ap-touchpoint-filter"
                type="search"
                value={filter}
                placeholder={t('form.touchpointFilter')}
                onChange={(e) => setFilter(e.target.value)}
              />
              <ul className="ap-checklist">
                {shown.map((tp) => (
                  <li key={tp.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={touchpointIds.has(tp.id)}
                        onChange={() => toggle(tp.id)}
                      />
                      {tp.name}
                    </label>
                  </li>
                ))}
                {shown.length === 0 && <li className="muted">{t('form.noMatch')}</li>}
              </ul>
            </>
          )}
        </FieldSet>
        <Field label={t('form.description')} error={errors.description}>
          {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {create.isPending || update.isPending ? shellT('common.saving') : shellT('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
          <div className="toolbar-spacer" />
          {measure && (
            <button type="button" className="button button-danger" onClick={destroy} disabled={pending}>
              {shellT('common.delete')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
