import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mediumSchema, ownershipSchema, type Ownership } from '../../../../src/core/model';
import { Dialog } from '../../components/Dialog';
import { Field, FieldSet } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useCreateTouchpoint } from '../touchpoints/useCreateTouchpoint';
import { usePhaseName } from '../workspace/usePhaseName';
import type { Phase } from '../workspace/workspaceSchema';

interface Props {
  open: boolean;
  onClose: () => void;
  workspaceId: string;
  phases: Phase[];
  persona: { id: string; name: string } | null;
}

/** A touchpoint the catalogue does not know, e.g. the factory tour. Input survives a failed save. */
export function AddTouchpointDialog({ open, onClose, workspaceId, phases, persona }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const phaseName = usePhaseName();
  const create = useCreateTouchpoint(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [name, setName] = useState('');
  const [ownership, setOwnership] = useState<Ownership>('owned');
  const [medium, setMedium] = useState<'digital' | 'analog'>('analog');
  const [phaseIds, setPhaseIds] = useState<string[]>(() => (phases[0] ? [phases[0].id] : []));
  const [momentThatMatters, setMomentThatMatters] = useState(false);

  const reset = () => {
    setName('');
    setMomentThatMatters(false);
    clear();
  };
  const close = () => {
    clear();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    create.mutate(
      { name, ownership, medium, phaseIds, momentThatMatters, ...(persona && { personaIds: [persona.id] }) },
      {
        onSuccess: (tp) => {
          toast.success(t('freeDialog.created', { name: tp.name }));
          reset();
          onClose();
        },
        onError: fail,
      },
    );
  };

  return (
    <Dialog open={open} onClose={close} title={t('freeDialog.title')}>
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
        <FieldSet legend={t('detail.fields.ownership')} error={errors.ownership} className="inline-options">
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
        <FieldSet legend={t('detail.fields.medium')} error={errors.medium} className="inline-options">
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
        <FieldSet legend={t('freeDialog.phases')} error={errors.phaseIds} className="inline-options">
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
