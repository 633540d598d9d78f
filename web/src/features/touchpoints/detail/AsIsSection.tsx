import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../../src/contract/touchpoints';
import type { Maturity } from '../../../../../src/core/model';
import { Field } from '../../../components/Field';
import { useFormat } from '../../../i18n/format';
import { MaturityField } from './MaturityField';
import { SaveButton } from './SaveButton';
import { useSaveTouchpoint } from './useSaveTouchpoint';

export function AsIsSection({
  workspaceId,
  touchpoint,
  canEdit,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { save, errors, pending } = useSaveTouchpoint(workspaceId, touchpoint.id);
  const [maturity, setMaturity] = useState<Maturity>(touchpoint.current.maturity);
  const [notes, setNotes] = useState(touchpoint.current.notes);
  const { assessedBy, assessedAt } = touchpoint.current;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ currentMaturity: maturity, currentNotes: notes });
  };

  return (
    <section className="panel" aria-labelledby="sec-asis">
      <h2 id="sec-asis">{t('detail.sections.asIs')}</h2>
      <p className="muted">
        {assessedBy && assessedAt
          ? t('detail.fields.assessed', { by: assessedBy, at: format.dateTime(assessedAt) })
          : t('detail.fields.notAssessed')}
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit} className="plain-fieldset">
          <MaturityField
            label={t('detail.fields.currentMaturity')}
            error={errors.currentMaturity}
            hint={
              touchpoint.checklist.derivedMaturity
                ? t('detail.fields.derived', {
                    maturity: t(`maturity.${touchpoint.checklist.derivedMaturity}`),
                  })
                : undefined
            }
            name="currentMaturity"
            value={maturity}
            onChange={setMaturity}
          />
          <Field label={t('detail.fields.currentNotes')} error={errors.currentNotes}>
            {(p) => (
              <textarea {...p} name="currentNotes" value={notes} onChange={(e) => setNotes(e.target.value)} />
            )}
          </Field>
          <SaveButton pending={pending} canEdit={canEdit} />
        </fieldset>
      </form>
    </section>
  );
}
