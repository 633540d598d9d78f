import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../src/contract/kpis';
import type { Goal, GoalInput } from '../../../../src/contract/strategy';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { goalCategoriesOf, type GoalCategory, type GoalLevel } from '../../../../src/core/strategy';
import { fieldErrorsOf } from '../../api/fieldErrors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useStrategyT } from './messages';
import { useGoalMutations } from './useGoals';

/** What the dialog edits: an existing goal, or a new one of a level (a micro goal perhaps under a parent). */
export type GoalDraft = { goal: Goal } | { level: GoalLevel; parentId: string | null };

interface Props {
  workspaceId: string;
  draft: GoalDraft;
  macroGoals: Goal[];
  kpis: Kpi[];
  touchpoints: Touchpoint[];
  onClose: () => void;
}

/** Creates or edits a goal: title, kind, macro goal, target date, touchpoint and the KPIs that measure it. */
export function GoalDialog({ workspaceId, draft, macroGoals, kpis, touchpoints, onClose }: Props) {
  const t = useStrategyT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const { create, update } = useGoalMutations(workspaceId);
  const goal = 'goal' in draft ? draft.goal : null;
  const level: GoalLevel = goal?.level ?? ('level' in draft ? draft.level : 'macro');
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [category, setCategory] = useState<GoalCategory>(
    goal?.category ?? goalCategoriesOf(level)[0] ?? 'other',
  );
  const [parentId, setParentId] = useState(
    goal?.parentId ?? ('parentId' in draft ? draft.parentId : null) ?? '',
  );
  const [targetDate, setTargetDate] = useState(goal?.targetDate ?? '');
  const [touchpointId, setTouchpointId] = useState(goal?.touchpointId ?? '');
  const [kpiIds, setKpiIds] = useState<string[]>(goal?.kpis.map((k) => k.id) ?? []);
  const saving = create.isPending || update.isPending;
  const errors = fieldErrorsOf(create.error ?? update.error);
  const names = new Map(touchpoints.map((tp) => [tp.id, tp.name]));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: GoalInput = {
      level,
      title,
      description,
      category,
      parentId: level === 'micro' && parentId ? parentId : null,
      targetDate: targetDate || null,
      touchpointId: touchpointId || null,
      kpiIds,
    };
    const done = {
      onSuccess: () => {
        toast.success(t('form.saved'));
        onClose();
      },
      onError: (error: unknown) => toast.error(errorMessage(shellT, error)),
    };
    if (goal) update.mutate({ id: goal.id, patch: body }, done);
    else create.mutate(body, done);
  };

  const heading = goal ? t('form.edit') : level === 'macro' ? t('form.newMacro') : t('form.newMicro');
  return (
    <Dialog open title={heading} onClose={onClose}>
      <form onSubmit={submit} className="goal-form">
        <Field label={t('form.titleField')} error={errors.title}>
          {(p) => (
            <input {...p} value={title} required maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          )}
        </Field>
        <Field label={t('form.category')} error={errors.category}>
          {(p) => (
            <select {...p} value={category} onChange={(e) => setCategory(e.target.value as GoalCategory)}>
              {goalCategoriesOf(level).map((c) => (
                <option key={c} value={c}>
                  {t(`goals.categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {level === 'micro' && (
          <Field label={t('form.parent')} error={errors.parentId}>
            {(p) => (
              <select {...p} value={parentId} onChange={(e) => setParentId(e.target.value)}>
                <option value="">{t('form.noParent')}</option>
                {macroGoals.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('form.description')} error={errors.description}>
          {(p) => (
            <textarea {...p} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
        <div className="goal-form-row">
          <Field label={t('form.targetDate')} error={errors.targetDate}>
            {(p) => (
              <input {...p} type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
            )}
          </Field>
          <Field label={t('form.touchpoint')} error={errors.touchpointId}>
            {(p) => (
              <select {...p} value={touchpointId} onChange={(e) => setTouchpointId(e.target.value)}>
                <option value="">{t('form.noTouchpoint')}</option>
                {touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="fieldset goal-kpi-choice">
          <legend>{t('form.kpis')}</legend>
          {kpis.length === 0 ? (
            <p className="muted">{t('form.noKpis')}</p>
          ) : (
            kpis.map((k) => (
              <label key={k.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={kpiIds.includes(k.id)}
                  onChange={(e) =>
                    setKpiIds((ids) => (e.target.checked ? [...ids, k.id] : ids.filter((id) => id !== k.id)))
                  }
                />{' '}
                {k.name} <span className="muted">({names.get(k.touchpointId) ?? '–'})</span>
              </label>
            ))
          )}
          {errors.kpiIds && <p className="field-error">{errors.kpiIds}</p>}
        </fieldset>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
