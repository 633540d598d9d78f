import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../../src/contract/touchpoints';
import { LoadError, Loading } from '../../../components/States';
import { useToast } from '../../../components/Toasts';
import { errorMessage } from '../../../i18n/errorMessage';
import { useChecklist } from '../../catalogue/useChecklist';
import { MaturityMeter } from '../../journey-map/MaturityMeter';
import { useToggleChecklistItem } from '../useToggleChecklistItem';

const levels = ['minimal', 'good', 'excellent'] as const;

/** The Minimal / Gut / Exzellent criteria of seed 000; ticking them derives the as-is maturity. */
export function ChecklistSection({
  workspaceId,
  touchpoint,
  canEdit,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const checklist = useChecklist(touchpoint.checklistKind);
  const toggle = useToggleChecklistItem(workspaceId, touchpoint.id);
  const checked = new Set(touchpoint.checklist.checkedKeys);
  const en = i18n.language === 'en';

  return (
    <section className="panel" aria-labelledby="sec-checklist">
      <h2 id="sec-checklist">{t('detail.sections.checklist')}</h2>
      {!touchpoint.checklistKind ? (
        <p className="muted">{t('detail.checklistNone')}</p>
      ) : checklist.isPending ? (
        <Loading />
      ) : checklist.isError ? (
        <LoadError error={checklist.error} />
      ) : (
        <>
          <p aria-live="polite">
            <strong>
              {t('detail.checklistDerived', { maturity: '' })}
              <MaturityMeter maturity={touchpoint.checklist.derivedMaturity ?? 'none'} />
            </strong>
          </p>
          <p className="hint">{t('detail.checklistHint')}</p>
          {levels.map((level) => (
            <fieldset
              key={level}
              className="checklist-level fieldset"
              disabled={!canEdit || toggle.isPending}
            >
              <legend>{t(`detail.levels.${level}`)}</legend>
              <ul>
                {checklist.data[level].map((criterion) => (
                  <li key={criterion.key}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={checked.has(criterion.key)}
                        onChange={(e) =>
                          toggle.mutate(
                            { criterionKey: criterion.key, checked: e.target.checked },
                            {
                              onSuccess: () => toast.success(t('detail.checklistSaved')),
                              onError: (error) => toast.error(errorMessage(t, error)),
                            },
                          )
                        }
                      />{' '}
                      {en ? criterion.textEn : criterion.textDe}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </>
      )}
    </section>
  );
}
