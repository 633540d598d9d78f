import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalogTouchpoint, DigitalInterface, NeedCategory } from '../../../../src/core/catalogue/types';
import { Stars } from '../../components/Stars';
import { OwnershipBadge } from '../journey-map/OwnershipBadge';

interface Props {
  entry: { kind: 'digital'; item: DigitalInterface } | { kind: 'analog'; item: AnalogTouchpoint };
  needCategories: NeedCategory[];
  highlightNeed: number | null;
  onMap: boolean;
  canEdit: boolean;
  adding: boolean;
  onAdd: (key: string) => void;
}

export const CatalogueEntry = memo(function CatalogueEntry({
  entry,
  needCategories,
  highlightNeed,
  onMap,
  canEdit,
  adding,
  onAdd,
}: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { item } = entry;
  const name =
    entry.kind === 'digital'
      ? en
        ? entry.item.nameEn
        : entry.item.name
      : en
        ? entry.item.nameEn
        : entry.item.nameDe;
  const headingId = `entry-${item.key}`;

  return (
    <li className="entry" aria-labelledby={headingId} data-testid="catalogue-item">
      <div className="entry-head">
        <div>
          <h3 id={headingId}>{name}</h3>
          <div className="chips">
            <span className="badge badge-soft">{t(`medium.${entry.kind}`)}</span>
            <OwnershipBadge ownership={item.ownership} />
            {onMap && <span className="badge badge-success">✓ {t('catalogue.onMap')}</span>}
            {highlightNeed !== null && entry.kind === 'digital' && (
              <Stars count={entry.item.needRatings[highlightNeed] ?? 0} />
            )}
          </div>
        </div>
        {canEdit && (
          <button
            type="button"
            className="button button-small"
            disabled={adding}
            onClick={() => onAdd(item.key)}
            aria-label={`${t('catalogue.addToMap')}: ${name}`}
          >
            + {t('catalogue.addToMap')}
          </button>
        )}
      </div>
      <p className="muted">
        {item.phases.map((p) => t(`aidala.${p}`)).join(' · ')} · {t(`phaseClass.${item.phaseClass}`)}
      </p>
      {entry.kind === 'analog' ? (
        <p>{en ? entry.item.descriptionEn : entry.item.descriptionDe}</p>
      ) : (
        <>
          <p>{en ? entry.item.definitionEn : entry.item.definitionDe}</p>
          {entry.item.checklistKind && <p className="hint">✓ {t('catalogue.checklist')}</p>}
          <details>
            <summary>
              {t('catalogue.pros')}, {t('catalogue.cons')}, {t('catalogue.paysOff')}
            </summary>
            <h4>{t('catalogue.pros')}</h4>
            <ul>
              {(en ? entry.item.prosEn : entry.item.prosDe).map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
            <h4>{t('catalogue.cons')}</h4>
            <ul>
              {(en ? entry.item.consEn : entry.item.consDe).map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
            <h4>{t('catalogue.paysOff')}</h4>
            <p>{en ? entry.item.paysOffWhenEn : entry.item.paysOffWhenDe}</p>
            {entry.item.needRatings.some((n) => n > 0) && (
              <>
                <h4>{t('catalogue.needs')}</h4>
                <ul className="need-list">
                  {needCategories.map((need, i) =>
                    (entry.item.needRatings[i] ?? 0) > 0 ? (
                      <li key={need.key}>
                        <span>{en ? need.nameEn : need.nameDe}</span>
                        <Stars count={entry.item.needRatings[i] ?? 0} />
                      </li>
                    ) : null,
                  )}
                </ul>
              </>
            )}
          </details>
        </>
      )}
    </li>
  );
});
