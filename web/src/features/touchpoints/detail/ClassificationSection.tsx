import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../../../src/contract/personas';
import type { Touchpoint } from '../../../../../src/contract/touchpoints';
import {
  checklistKindSchema,
  directnessSchema,
  mediumSchema,
  ownershipSchema,
  phaseClassSchema,
  type ChecklistKind,
} from '../../../../../src/core/model';
import { Field, FieldSet } from '../../../components/Field';
import { usePhaseName } from '../../workspace/usePhaseName';
import type { Phase } from '../../workspace/workspaceSchema';
import { AssessmentSelect } from './AssessmentSelect';
import { SaveButton } from './SaveButton';
import { ScoreSelect } from './ScoreSelect';
import { useSaveTouchpoint } from './useSaveTouchpoint';

interface Props {
  workspaceId: string;
  touchpoint: Touchpoint;
  phases: Phase[];
  personas: Persona[];
  canEdit: boolean;
}

/** Name, POE type, phase class, department, scores, phases, personas and the moment-that-matters flag. */
export function ClassificationSection({ workspaceId, touchpoint, phases, personas, canEdit }: Props) {
  const { t } = useTranslation();
  const phaseName = usePhaseName();
  const { save, errors, pending } = useSaveTouchpoint(workspaceId, touchpoint.id);
  const [form, setForm] = useState(() => ({
    name: touchpoint.name,
    type: touchpoint.type,
    department: touchpoint.department,
    ownership: touchpoint.ownership,
    medium: touchpoint.medium,
    directness: touchpoint.directness,
    phaseClass: touchpoint.phaseClass,
    relevance: touchpoint.relevance,
    impact: touchpoint.impact,
    effort: touchpoint.effort,
    momentThatMatters: touchpoint.momentThatMatters,
    checklistKind: touchpoint.checklistKind,
    phaseIds: touchpoint.phaseIds,
    personaIds: touchpoint.personaIds,
    customerView: touchpoint.customerView,
  }));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'phaseIds' | 'personaIds', id: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key], id] : f[key].filter((x) => x !== id) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(form);
  };

  return (
    <section className="panel panel-wide" aria-labelledby="sec-classification">
      <h2 id="sec-classification">{t('detail.sections.classification')}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit} className="plain-fieldset">
          <div className="form-grid">
            <Field label={t('detail.fields.name')} error={errors.name} className="span-all">
              {(p) => (
                <input {...p} name="name" value={form.name} onChange={(e) => set('name', e.target.value)} />
              )}
            </Field>
            <Field label={t('detail.fields.type')} error={errors.type}>
              {(p) => <input {...p} value={form.type} onChange={(e) => set('type', e.target.value)} />}
            </Field>
            <Field label={t('detail.fields.department')} error={errors.department}>
              {(p) => (
                <input {...p} value={form.department} onChange={(e) => set('department', e.target.value)} />
              )}
            </Field>
            <Field label={t('detail.fields.ownership')} error={errors.ownership}>
              {(p) => (
                <select
                  {...p}
                  value={form.ownership}
                  onChange={(e) => set('ownership', e.target.value as typeof form.ownership)}
                >
                  {ownershipSchema.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`ownership.${o}`)} – {t(`ownership.${o}Hint`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('detail.fields.phaseClass')} error={errors.phaseClass}>
              {(p) => (
                <select
                  {...p}
                  value={form.phaseClass}
                  onChange={(e) => set('phaseClass', e.target.value as typeof form.phaseClass)}
                >
                  {phaseClassSchema.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`phaseClass.${o}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('detail.fields.medium')} error={errors.medium}>
              {(p) => (
                <select
                  {...p}
                  value={form.medium}
                  onChange={(e) => set('medium', e.target.value as typeof form.medium)}
                >
                  {mediumSchema.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`medium.${o}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('detail.fields.directness')} error={errors.directness}>
              {(p) => (
                <select
                  {...p}
                  value={form.directness}
                  onChange={(e) => set('directness', e.target.value as typeof form.directness)}
                >
                  {directnessSchema.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`directness.${o}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('detail.fields.relevance')} error={errors.relevance}>
              {(p) => <ScoreSelect {...p} value={form.relevance} onChange={(v) => set('relevance', v)} />}
            </Field>
            <Field label={t('detail.fields.impact')} error={errors.impact}>
              {(p) => (
                <AssessmentSelect
                  {...p}
                  value={form.impact}
                  onChange={(v) => set('impact', v)}
                  notAssessed={t('detail.fields.scoreNotAssessed')}
                />
              )}
            </Field>
            <Field label={t('detail.fields.effort')} error={errors.effort}>
              {(p) => (
                <AssessmentSelect
                  {...p}
                  value={form.effort}
                  onChange={(v) => set('effort', v)}
                  notAssessed={t('detail.fields.scoreNotAssessed')}
                />
              )}
            </Field>
            <Field label={t('detail.fields.checklistKind')} error={errors.checklistKind}>
              {(p) => (
                <select
                  {...p}
                  value={form.checklistKind ?? ''}
                  onChange={(e) =>
                    set('checklistKind', e.target.value === '' ? null : (e.target.value as ChecklistKind))
                  }
                >
                  <option value="">{t('checklistKind.none')}</option>
                  {checklistKindSchema.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`checklistKind.${o}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="field">
              <span aria-hidden="true">&nbsp;</span>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.momentThatMatters}
                  onChange={(e) => set('momentThatMatters', e.target.checked)}
                />{' '}
                <span className="badge badge-mtm">◆ {t('detail.fields.momentThatMatters')}</span>
              </label>
            </div>
            <FieldSet
              legend={t('detail.fields.phases')}
              error={errors.phaseIds}
              className="inline-options span-all"
            >
              {phases.map((phase) => (
                <label key={phase.id}>
                  <input
                    type="checkbox"
                    checked={form.phaseIds.includes(phase.id)}
                    onChange={(e) => toggle('phaseIds', phase.id, e.target.checked)}
                  />{' '}
                  {phaseName(phase)}
                </label>
              ))}
            </FieldSet>
            <FieldSet
              legend={t('detail.fields.personas')}
              error={errors.personaIds}
              className="inline-options span-all"
            >
              {personas.length === 0 && <span className="muted">{t('detail.noPersonas')}</span>}
              {personas.map((persona) => (
                <label key={persona.id}>
                  <input
                    type="checkbox"
                    checked={form.personaIds.includes(persona.id)}
                    onChange={(e) => toggle('personaIds', persona.id, e.target.checked)}
                  />{' '}
                  {persona.name}
                </label>
              ))}
            </FieldSet>
            <Field label={t('detail.fields.customerView')} error={errors.customerView} className="span-all">
              {(p) => (
                <textarea
                  {...p}
                  value={form.customerView}
                  onChange={(e) => set('customerView', e.target.value)}
                />
              )}
            </Field>
          </div>
          <SaveButton pending={pending} canEdit={canEdit} />
        </fieldset>
      </form>
    </section>
  );
}
