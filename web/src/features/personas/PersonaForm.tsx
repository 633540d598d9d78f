import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona, PersonaInput } from '../../../../src/contract/personas';
import { Field } from '../../components/Field';
import type { FieldErrors } from '../../api/fieldErrors';

const listFields = ['needs', 'goals', 'pains', 'preferredChannels'] as const;
const textFields = ['role', 'industry', 'companySize'] as const;

function toLines(values: string[]): string {
  return values.join('\n');
}
function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Props {
  initial?: Persona;
  errors: FieldErrors;
  pending: boolean;
  onSubmit: (input: PersonaInput) => void;
  onCancel?: () => void;
}

/** Create and edit form of a persona; keeps what was typed until the server accepts it. */
export function PersonaForm({ initial, errors, pending, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [text, setText] = useState<Record<(typeof textFields)[number], string>>({
    role: initial?.role ?? '',
    industry: initial?.industry ?? '',
    companySize: initial?.companySize ?? '',
  });
  const [description, setDescription] = useState(initial?.description ?? '');
  const [lists, setLists] = useState<Record<(typeof listFields)[number], string>>({
    needs: toLines(initial?.needs ?? []),
    goals: toLines(initial?.goals ?? []),
    pains: toLines(initial?.pains ?? []),
    preferredChannels: toLines(initial?.preferredChannels ?? []),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      name,
      ...text,
      description,
      needs: fromLines(lists.needs),
      goals: fromLines(lists.goals),
      pains: fromLines(lists.pains),
      preferredChannels: fromLines(lists.preferredChannels),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <div className="form-grid">
        <Field label={t('personas.name')} error={errors.name} className="span-all">
          {(p) => (
            <input
              {...p}
              name="name"
              value={name}
              placeholder={t('personas.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        {textFields.map((f) => (
          <Field key={f} label={t(`personas.${f}`)} error={errors[f]}>
            {(p) => (
              <input
                {...p}
                name={f}
                value={text[f]}
                onChange={(e) => setText((s) => ({ ...s, [f]: e.target.value }))}
              />
            )}
          </Field>
        ))}
        <Field label={t('personas.description')} error={errors.description} className="span-all">
          {(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        {listFields.map((f) => (
          <Field key={f} label={t(`personas.${f}`)} error={errors[f]} hint={t('personas.onePerLine')}>
            {(p) => (
              <textarea
                {...p}
                name={f}
                value={lists[f]}
                onChange={(e) => setLists((s) => ({ ...s, [f]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('common.saving') : initial ? t('common.save') : t('common.create')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
