import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../../src/contract/touchpoints';
import type { Maturity } from '../../../../../src/core/model';
import { Field } from '../../../components/Field';
import { MaturityField } from './MaturityField';
import { SaveButton } from './SaveButton';
import { useSaveTouchpoint } from './useSaveTouchpoint';

export function TargetSection({
  workspaceId,
  touchpoint,
  canEdit,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { save, errors, pending } = useSaveTouchpoint(workspaceId, touchpoint.id);
  const [maturity, setMaturity] = useState<Maturity>(touchpoint.target.maturity);
  const [description, setDescription] = useState(touchpoint.target.description);
  const [rating, setRating] = useState(
    touchpoint.target.rating === null ? '' : String(touchpoint.target.rating),
  );
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = rating.trim().replace(',', '.');
    const parsed = trimmed === '' ? null : Number(trimmed);
    if (parsed !== null && !Number.isFinite(parsed)) return setLocalError(t('errors.invalidNumber'));
    setLocalError(null);
    save({ targetMaturity: maturity, targetDescription: description, targetRating: parsed });
  };

  return (
    <section className="panel" aria-labelledby="sec-target">
      <h2 id="sec-target">{t('detail.sections.target')}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit} className="plain-fieldset">
          <MaturityField
            label={t('detail.fields.targetMaturity')}
            error={errors.targetMaturity}
            name="targetMaturity"
            value={maturity}
            onChange={setMaturity}
          />
          <Field label={t('detail.fields.targetRating')} error={localError ?? errors.targetRating}>
            {(p) => (
              <input
                {...p}
                name="targetRating"
                inputMode="decimal"
                value={rating}
                onChange={(e) => setRating(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('detail.fields.targetDescription')} error={errors.targetDescription}>
            {(p) => (
              <textarea
                {...p}
                name="targetDescription"
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
          <SaveButton pending={pending} canEdit={canEdit} />
        </fieldset>
      </form>
    </section>
  );
}
