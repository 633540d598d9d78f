import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mediumSchema,
  ownershipSchema,
  phaseClassSchema,
  type JourneyModelKind,
  type Ownership,
  type PhaseClass,
} from '../../../../src/core/model';
import { phaseClassOfPhases } from '../../../../src/core/phaseClassOfPhases';
import { Dialog } from '../../components/Dialog';
import { Field, FieldSet } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useCreateTouchpoint } from '../touchpoints/useCreateTouchpoint';
import { usePhaseName } from '../workspace/usePhaseName';
import type { Phase } from '../workspace/workspaceSchema';

interface Props {
  onClose: () => void;
  workspaceId: string;
  modelKind: JourneyModelKind;
  phases: Phase[];
  /** The map's persona filter, ticked from the start. */
  persona: { id: string; name: string } | null;
  /** All personas, so the touchpoint can be assigned without setting the map's filter first. */
  personas: { id: string; name: string }[];
}

/**
 * A touchpoint the catalogue does not know, e.g. the factory tour. Nothing is ticked that the user did
 * not tick: POE type, medium and at least one phase must be chosen, and the phase class follows from the
 * phases unless chosen. The map mounts it afresh each time it opens; input survives a failed save.
 */
export function AddTouchpointDialog({ onClose, workspaceId, modelKind, phases, persona, personas }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const phaseName = usePhaseName();
  const create = useCreateTouchpoint(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [name, setName] = useState('');
  const [ownership, setOwnership] = useState<Ownership | null>(null);
  const [medium, setMedium] = useState<'digital' | 'analog' | null>(null);
  const [phaseIds, setPhaseIds] = useState<string[]>([]);
  const [personaIds, setPersonaIds] = useState<string[]>(persona ? [persona.id] : []);
  const [phaseClass, setPhaseClass] = useState<PhaseClass | ''>('');
  const [momentThatMatters, setMomentThatMatters] = useState(false);
  const [missing, setMissing] = useState<{ ownership?: string; medium?: string; phaseIds?: string }>({});

  const chosenKeys = phases.filter((p) => phaseIds.includes(p.id)).map((p) => p.key);
  const derivedClass = phaseClassOfPhases(modelKind, chosenKeys);

  const close = () => {
    clear();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const unchosen = {
      ...(!ownership && { ownership: t('freeDialog.choose') }),
      ...(!medium && { medium: t('freeDialog.choose') }),
      ...(phaseIds.length === 0 && { phaseIds: t('freeDialog.choosePhase') }),
    };
    setMissing(unchosen);
    if (!ownership || !medium || phaseIds.length === 0) return;
    create.mutate(
      {
        name,
        ownership,
        medium,
        phaseIds,
        momentThatMatters,
        ...(phaseClass && { phaseClass }),
        ...(personaIds.length > 0 && { personaIds }),
      },
      {
        onSuccess: (tp) => {
          toast.success(t('freeDialog.created', { name: tp.name }));
          onClose();
        },
        onError: fail,
      },
    );
  };

  return (
    <Dialog open onClose={close} title={t('freeDialog.title')}>
      <form onSubmit={submit} noValidate className="form">
        <Field label={t('freeDialog.name')} error={errors.name}>
          {(p) => (
            <input
              {...p}
              name="name"
              value={name}
              placeholder={t('freeDialog.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
          )}
        </Field>
        <FieldSet
          legend={t('detail.fields.ownership')}
          error={errors.ownership ?? missing.ownership}
          className="inline-options"
        >
          {ownershipSchema.options.map((o) => (
            <label key={o}>
              <input
                type="radio"
                name="ownership"
                value={o}
                checked={ownership === o}
                onChange={() => setOwnership(o)}
              />{' '}
              <span className={`badge poe-badge poe-${o}`}>{t(`ownership.${o}`)}</span>
            </label>
          ))}
        </FieldSet>
        <FieldSet
          legend={t('detail.fields.medium')}
          error={errors.medium ?? missing.medium}
          className="inline-options"
        >
          {mediumSchema.options.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="medium"
                value={m}
                checked={medium === m}
                onChange={() => setMedium(m)}
              />{' '}
              {t(`medium.${m}`)}
            </label>
          ))}
        </FieldSet>
        <FieldSet
          legend={t('freeDialog.phases')}
          error={errors.phaseIds ?? missing.phaseIds}
          className="inline-options"
        >
          {phases.map((phase) => (
            <label key={phase.id}>
              <input
                type="checkbox"
                checked={phaseIds.includes(phase.id)}
                onChange={(e) =>
                  setPhaseIds((ids) =>
                    e.target.checked ? [...ids, phase.id] : ids.filter((id) => id !== phase.id),
                  )
                }
              />{' '}
              {phaseName(phase)}
            </label>
          ))}
        </FieldSet>
        <Field label={t('detail.fields.phaseClass')} error={errors.phaseClass}>
          {(p) => (
            <select
              {...p}
              value={phaseClass}
              onChange={(e) => setPhaseClass(e.target.value as PhaseClass | '')}
            >
              <option value="">
                {derivedClass
                  ? t('freeDialog.phaseClassFromPhases', { phaseClass: t(`phaseClass.${derivedClass}`) })
                  : t('freeDialog.phaseClassAuto')}
              </option>
              {phaseClassSchema.options.map((c) => (
                <option key={c} value={c}>
                  {t(`phaseClass.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {personas.length > 0 && (
          <FieldSet legend={t('detail.fields.personas')} error={errors.personaIds} className="inline-options">
            {personas.map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  checked={personaIds.includes(p.id)}
                  onChange={(e) =>
                    setPersonaIds((ids) =>
                      e.target.checked ? [...ids, p.id] : ids.filter((id) => id !== p.id),
                    )
                  }
                />{' '}
                {p.name}
              </label>
            ))}
          </FieldSet>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={momentThatMatters}
            onChange={(e) => setMomentThatMatters(e.target.checked)}
          />{' '}
          {t('map.mtm')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? t('common.saving') : t('common.create')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
