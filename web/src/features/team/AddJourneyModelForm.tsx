import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyModelTemplates } from '../../../../src/core/journeyModels';
import type { JourneyModelKind } from '../../../../src/core/model';
import { Field, FieldSet } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useTeamT } from './messages';
import { useAddJourneyModel } from './useAddJourneyModel';
import { useTeamFieldMessage } from './useTeamFieldMessage';

interface PhaseRow {
  id: number;
  nameDe: string;
  nameEn: string;
  key: string;
  /** Once typed by hand, the key no longer follows the German name. */
  keyTouched: boolean;
}

const KINDS: readonly JourneyModelKind[] = ['need_buy_use', 'seven_stage', 'aidala', 'custom'];

/** `Erstkontakt & Anfrage` → `erstkontakt-anfrage`: the key the API accepts. */
export function phaseKeyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

let nextRowId = 1;
const emptyRow = (): PhaseRow => ({ id: nextRowId++, nameDe: '', nameEn: '', key: '', keyTouched: false });

/** Adds a built-in model (with a preview of its phases) or a custom one with ordered phases. */
export function AddJourneyModelForm({ workspaceId }: { workspaceId: string }) {
  const t = useTeamT();
  const { i18n } = useTranslation();
  const toast = useToast();
  const add = useAddJourneyModel(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const teamMessage = useTeamFieldMessage();
  const [kind, setKind] = useState<JourneyModelKind>('need_buy_use');
  const [name, setName] = useState('');
  const [phases, setPhases] = useState<PhaseRow[]>(() => [emptyRow(), emptyRow()]);
  const radioName = useId();
  const english = i18n.language === 'en';

  const update = (id: number, patch: Partial<PhaseRow>) =>
    setPhases((rows) =>
      rows.map((row) => {
        if (row.id !== id) return row;
        const next = { ...row, ...patch };
        if (patch.nameDe !== undefined && !row.keyTouched) next.key = phaseKeyOf(patch.nameDe);
        return next;
      }),
    );
  const move = (index: number, step: -1 | 1) =>
    setPhases((rows) => {
      const next = [...rows];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + step, 0, row);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    const input =
      kind === 'custom'
        ? {
            kind,
            name: name.trim(),
            phases: phases.map((p) => ({
              key: p.key.trim(),
              nameDe: p.nameDe.trim(),
              // English falls back to the German name, so a German-only workshop is not held up.
              nameEn: p.nameEn.trim() || p.nameDe.trim(),
              descriptionDe: '',
              descriptionEn: '',
            })),
          }
        : { kind };
    add.mutate(input, {
      onSuccess: (model) => {
        toast.success(t('models.added', { name: model.name }));
        if (kind === 'custom') {
          setName('');
          setPhases([emptyRow(), emptyRow()]);
        }
      },
      onError: fail,
    });
  };

  const template = kind === 'custom' ? null : journeyModelTemplates[kind];
  return (
    <form className="team-add-model" onSubmit={submit} noValidate data-testid="journey-model-form">
      <h3>{t('models.add')}</h3>
      <FieldSet legend={t('models.kind')} error={errors.kind} className="inline-options">
        {KINDS.map((k) => (
          <label key={k} className="checkbox">
            <input type="radio" name={radioName} checked={kind === k} onChange={() => setKind(k)} />
            {t(`models.kinds.${k}`)}
          </label>
        ))}
      </FieldSet>
      {template && (
        <div className="team-preview">
          <strong>{t('models.preview')}:</strong>{' '}
          {template.phases.map((p) => (english ? p.nameEn : p.nameDe)).join(' → ')}
        </div>
      )}
      {kind === 'custom' && (
        <>
          <Field label={t('models.name')} error={teamMessage(errors.name)}>
            {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <FieldSet legend={t('models.phaseList')} error={teamMessage(errors.phases)}>
            <ol className="team-phase-editor">
              {phases.map((row, index) => {
                const number = index + 1;
                return (
                  <li key={row.id}>
                    <span className="team-phase-number" aria-hidden="true">
                      {number}.
                    </span>
                    <Field label={`${t('models.phaseNameDe')} – ${t('models.phaseNumber', { number })}`}>
                      {(p) => (
                        <input
                          {...p}
                          value={row.nameDe}
                          onChange={(e) => update(row.id, { nameDe: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field label={`${t('models.phaseNameEn')} – ${t('models.phaseNumber', { number })}`}>
                      {(p) => (
                        <input
                          {...p}
                          value={row.nameEn}
                          onChange={(e) => update(row.id, { nameEn: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      label={`${t('models.phaseKey')} – ${t('models.phaseNumber', { number })}`}
                      hint={t('models.phaseKeyHint')}
                    >
                      {(p) => (
                        <input
                          {...p}
                          value={row.key}
                          maxLength={40}
                          onChange={(e) => update(row.id, { key: e.target.value, keyTouched: true })}
                        />
                      )}
                    </Field>
                    <div className="team-phase-actions">
                      <button
                        type="button"
                        className="button-icon"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t('models.moveUp', { number })}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="button-icon"
                        disabled={index === phases.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t('models.moveDown', { number })}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="button-icon"
                        disabled={phases.length <= 1}
                        onClick={() => setPhases((rows) => rows.filter((r) => r.id !== row.id))}
                        aria-label={t('models.removePhase', { number })}
                      >
                        ×
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="button button-small"
              onClick={() => setPhases((rows) => [...rows, emptyRow()])}
            >
              {t('models.addPhase')}
            </button>
          </FieldSet>
        </>
      )}
      <button type="submit" className="button button-primary" disabled={add.isPending}>
        {t('models.submit')}
      </button>
    </form>
  );
}
