import { useId, useState } from 'react';
import type { QuickcheckRunSummary } from '../../../../src/contract/quickcheck';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { answerLabel } from './answerLabel';
import { useQuickcheckT } from './messages';
import { useLang } from './useLang';
import { useQuickcheckComparison } from './useQuickcheckComparison';

interface ComparePanelProps {
  workspaceId: string;
  runId: string;
  runs: readonly QuickcheckRunSummary[];
}

/** Picks an earlier run and shows which answers changed and how every interface moved. */
export function ComparePanel({ workspaceId, runId, runs }: ComparePanelProps) {
  const t = useQuickcheckT();
  const lang = useLang();
  const format = useFormat();
  const selectId = useId();
  const others = runs.filter((r) => r.id !== runId);
  const [earlierId, setEarlierId] = useState<string | null>(null);
  const comparison = useQuickcheckComparison(workspaceId, runId, earlierId);

  const percent = (value: number | null) => (value === null ? '–' : `${format.number(value, 1)} %`);
  const signed = (value: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : '±'}${format.number(Math.abs(value), 1)}`;

  return (
    <section className="panel qc-compare" aria-labelledby={`${selectId}-title`} data-testid="qc-compare">
      <h2 id={`${selectId}-title`}>{t('compare.title')}</h2>
      {others.length === 0 ? (
        <p className="muted">{t('compare.noEarlier')}</p>
      ) : (
        <div className="field field-inline">
          <label htmlFor={selectId}>{t('compare.with')}</label>
          <select
            id={selectId}
            value={earlierId ?? ''}
            onChange={(e) => setEarlierId(e.target.value || null)}
          >
            <option value="">{t('compare.choose')}</option>
            {others.map((run) => (
              <option key={run.id} value={run.id}>
                {(run.name || '–') + ' · ' + format.dateTime(run.createdAt)}
              </option>
            ))}
          </select>
        </div>
      )}
      {earlierId && comparison.isPending && <Loading />}
      {comparison.isError && <LoadError error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {earlierId && comparison.data && (
        <div className="qc-compare-result" aria-live="polite">
          <h3>{t('compare.answerChanges')}</h3>
          {comparison.data.answerChanges.length === 0 ? (
            <p className="muted">{t('compare.noAnswerChanges')}</p>
          ) : (
            <ul>
              {comparison.data.answerChanges.map((change) => (
                <li key={change.questionKey}>
                  {t('compare.answerChange', {
                    category: lang === 'en' ? change.categoryEn : change.categoryDe,
                    before: answerLabel(change.before, lang),
                    after: answerLabel(change.after, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
          <div className="table-scroll">
            <table className="table" data-testid="qc-compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('result.interface')}</th>
                  <th scope="col">{t('compare.rankBefore')}</th>
                  <th scope="col">{t('compare.rankAfter')}</th>
                  <th scope="col">{t('compare.change')}</th>
                  <th scope="col">{t('compare.percentBefore')}</th>
                  <th scope="col">{t('compare.percentAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.data.rows.map((row) => {
                  const change = row.rankChange;
                  const movement =
                    change === null
                      ? t('compare.new')
                      : change > 0
                        ? t('compare.up', { count: change })
                        : change < 0
                          ? t('compare.down', { count: -change })
                          : t('compare.same');
                  const tone = change === null || change === 0 ? 'same' : change > 0 ? 'up' : 'down';
                  return (
                    <tr key={row.interface}>
                      <th scope="row">{lang === 'en' ? row.nameEn : row.interface}</th>
                      <td>{row.rankBefore ?? '–'}</td>
                      <td>{row.rankAfter}</td>
                      <td className={`qc-move qc-move-${tone}`}>{movement}</td>
                      <td>{percent(row.percentBefore)}</td>
                      <td>
                        {percent(row.percentAfter)}
                        {row.percentChange !== null && row.percentChange !== 0 && (
                          <span className="muted">
                            {' '}
                            ({signed(row.percentChange)}
                            <span className="visually-hidden">
                              {' '}
                              {t('compare.points', { value: format.number(row.percentChange, 1) })}
                            </span>
                            )
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
