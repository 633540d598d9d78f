import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewVsReturningPeriod } from '../../../../src/contract/visitors';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../action-plan/useDayFormat';
import { lastDays } from '../analytics/dateRange';
import '../customer-value/customerValue.css';
import { PeriodFilters, type PeriodFilterValues } from '../customer-value/PeriodFilters';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useVisitorsT } from './messages';
import { useNewVsReturning } from './useNewVsReturning';
import './visitors.css';
import { VisitorsChart } from './VisitorsChart';

export interface VisitorsRequest extends PeriodFilterValues {
  interval: 'day' | 'week';
}

/**
 * New vs returning visitors (seed 003, question 5): stacked bars over time and per phase of the landing
 * page, with a comparison period; tables below carry the numbers.
 */
export function VisitorsPage() {
  const t = useVisitorsT();
  const format = useFormat();
  const formatDay = useDayFormat('short');
  const { i18n } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const [request, setRequest] = useState<VisitorsRequest>(() => ({
    ...lastDays(30),
    compareFrom: '',
    compareTo: '',
    persona: '',
    channelClass: '',
    channel: '',
    interval: 'day',
  }));
  const visitors = useNewVsReturning(workspaceId, request);
  const phaseName = useCallback(
    (p: { key: string | null; nameDe: string; nameEn: string }) =>
      p.key === null ? t('noPhase') : i18n.language === 'en' ? p.nameEn : p.nameDe,
    [i18n.language, t],
  );
  const labels = useMemo(
    () => ({ newVisitors: t('newVisitors'), returningVisitors: t('returningVisitors') }),
    [t],
  );
  const data = visitors.data;
  const timeBars = useMemo(
    () => (data?.series ?? []).map((p) => ({ ...p, label: formatDay(p.start) })),
    [data, formatDay],
  );
  const phaseBars = useMemo(
    () =>
      (data?.phases ?? [])
        .filter((p) => p.key !== null || p.visitors > 0)
        .map((p) => ({ ...p, label: phaseName(p) })),
    [data, phaseName],
  );
  const share = (v: number | null) => (v === null ? t('noData') : `${format.number(v * 100, 1)} %`);
  const totals = (p: NewVsReturningPeriod) => ({
    visitors: format.plain(p.visitors),
    new: format.plain(p.newVisitors),
    returning: format.plain(p.returningVisitors),
  });

  return (
    <section className="page" aria-labelledby="vs-title">
      <h1 id="vs-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <PeriodFilters
        workspaceId={workspaceId}
        initial={request}
        onApply={setRequest}
        extra={(draft, setDraft) => (
          <Field label={t('interval')}>
            {(props) => (
              <select
                {...props}
                value={draft.interval}
                onChange={(e) => setDraft({ ...draft, interval: e.target.value === 'week' ? 'week' : 'day' })}
              >
                <option value="day">{t('intervals.day')}</option>
                <option value="week">{t('intervals.week')}</option>
              </select>
            )}
          </Field>
        )}
      />
      {visitors.isPending ? (
        <Loading />
      ) : visitors.isError ? (
        <LoadError error={visitors.error} onRetry={() => void visitors.refetch()} />
      ) : (
        <>
          <p data-testid="vs-totals">{t('totals', totals(visitors.data))}</p>
          {visitors.data.compare && (
            <p data-testid="vs-compare-totals">
              {t('compareTotals', {
                from: formatDay(visitors.data.compare.from),
                to: formatDay(visitors.data.compare.to),
                ...totals(visitors.data.compare),
              })}
            </p>
          )}
          {visitors.data.visitors === 0 && (visitors.data.compare?.visitors ?? 0) === 0 ? (
            <Empty>{t('empty')}</Empty>
          ) : (
            <div className="cv-layout">
              <section className="panel" aria-labelledby="vs-chart-title">
                <h2 id="vs-chart-title">{t('chartTitle')}</h2>
                <VisitorsChart bars={timeBars} labels={labels} testId="visitors-chart" />
                <div className="cv-scroll">
                  <table className="table" data-testid="visitors-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('table.start')}</th>
                        <th scope="col">{t('table.visitors')}</th>
                        <th scope="col">{t('newVisitors')}</th>
                        <th scope="col">{t('returningVisitors')}</th>
                        <th scope="col">{t('table.newShare')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {visitors.data.series
                        .filter((p) => p.visitors > 0)
                        .map((p) => (
                          <tr key={p.start}>
                            <th scope="row">{formatDay(p.start)}</th>
                            <td>{format.plain(p.visitors)}</td>
                            <td>{format.plain(p.newVisitors)}</td>
                            <td>{format.plain(p.returningVisitors)}</td>
                            <td>{share(p.newShare)}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section className="panel" aria-labelledby="vs-phase-title">
                <h2 id="vs-phase-title">{t('phaseTitle')}</h2>
                <VisitorsChart bars={phaseBars} labels={labels} horizontal testId="visitors-phase-chart" />
                <div className="cv-scroll">
                  <table className="table" data-testid="visitors-phase-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('table.phase')}</th>
                        <th scope="col">{t('table.visitors')}</th>
                        <th scope="col">{t('newVisitors')}</th>
                        <th scope="col">{t('returningVisitors')}</th>
                        {visitors.data.compare && <th scope="col">{t('table.compareVisitors')}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {phaseBars.map((p) => (
                        <tr key={p.key ?? '-'}>
                          <th scope="row">{p.label}</th>
                          <td>{format.plain(p.visitors)}</td>
                          <td>{format.plain(p.newVisitors)}</td>
                          <td>{format.plain(p.returningVisitors)}</td>
                          {visitors.data.compare && (
                            <td>
                              {format.plain(
                                visitors.data.compare.phases.find((c) => c.key === p.key)?.visitors ?? 0,
                              )}
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </div>
          )}
        </>
      )}
    </section>
  );
}
