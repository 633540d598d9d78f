import { useTranslation } from 'react-i18next';
import type { QuickcheckResultRowView } from '../../../../src/contract/quickcheck';
import { useFormat } from '../../i18n/format';
import { answerLabel } from './answerLabel';
import { LabelBadge } from './LabelBadge';
import { useQuickcheckT } from './messages';
import { useLang } from './useLang';

interface QuickcheckResultListProps {
  rows: readonly QuickcheckResultRowView[];
  /** With a selection, each row gets a checkbox for the adoption. */
  selection?:
    | {
        selected: ReadonlySet<string>;
        toggle: (interfaceName: string) => void;
        /** Interfaces the inventory already has: marked, and not offered again. */
        existing: ReadonlySet<string>;
      }
    | undefined;
}

/** The ranked interfaces: percent, label, the answers that earned the points, phases, pros and cons. */
export function QuickcheckResultList({ rows, selection }: QuickcheckResultListProps) {
  const t = useQuickcheckT();
  const { t: shellT } = useTranslation();
  const lang = useLang();
  const format = useFormat();

  return (
    <ol className="qc-results" data-testid="qc-results">
      {rows.map((row) => {
        const name = lang === 'en' ? row.nameEn : row.interface;
        const percent = t('result.percentValue', { value: format.number(row.percent, 1) });
        return (
          <li key={row.interface} className={`qc-row qc-row-${row.labelKey}`} data-testid="qc-row">
            <div className="qc-row-head">
              {selection && (
                <input
                  type="checkbox"
                  className="qc-row-check"
                  checked={selection.selected.has(row.interface) && !selection.existing.has(row.interface)}
                  disabled={selection.existing.has(row.interface)}
                  onChange={() => selection.toggle(row.interface)}
                  aria-label={t('result.select', { name })}
                />
              )}
              <span className="qc-rank" aria-label={`${t('result.rank')} ${row.rank}`}>
                {row.rank}.
              </span>
              <h3 className="qc-row-name">{name}</h3>
              <div className="qc-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(0, Math.min(100, row.percent))}%` }} />
              </div>
              <span className="qc-percent" data-testid="qc-percent">
                <span className="visually-hidden">{t('result.percent')}: </span>
                {percent}
              </span>
              <LabelBadge labelKey={row.labelKey} text={lang === 'en' ? row.labelEn : row.label} />
              {selection?.existing.has(row.interface) && (
                <span className="badge badge-soft qc-in-inventory" data-testid="qc-in-inventory">
                  {t('result.inInventory')}
                </span>
              )}
            </div>
            <div className="qc-row-body">
              <div>
                <h4>{t('result.why')}</h4>
                {row.why.length === 0 ? (
                  <p className="muted">{t('result.noReasons')}</p>
                ) : (
                  <ul className="qc-why">
                    {row.why.map((reason) => (
                      <li key={reason.questionKey}>
                        {t('result.whyItem', {
                          category: lang === 'en' ? reason.categoryEn : reason.categoryDe,
                          answer: answerLabel(reason.answer, lang),
                          points: reason.contribution,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              {row.phases.length > 0 && (
                <div>
                  <h4>{t('result.phases')}</h4>
                  <p className="chips">
                    {row.phases.map((phase) => (
                      <span key={phase} className="badge badge-soft">
                        {shellT(`aidala.${phase}`)}
                      </span>
                    ))}
                  </p>
                </div>
              )}
            </div>
            {(row.pros[lang].length > 0 || row.cons[lang].length > 0 || row.paysOffWhen[lang]) && (
              <details className="qc-details">
                <summary>{t('result.details')}</summary>
                <div className="qc-details-grid">
                  <div>
                    <h4>{t('result.pros')}</h4>
                    <ul>
                      {row.pros[lang].map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  </div>
                  <div>
                    <h4>{t('result.cons')}</h4>
                    <ul>
                      {row.cons[lang].map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  </div>
                  {row.paysOffWhen[lang] && (
                    <div>
                      <h4>{t('result.paysOff')}</h4>
                      <p>{row.paysOffWhen[lang]}</p>
                    </div>
                  )}
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
