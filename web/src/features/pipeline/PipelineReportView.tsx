import type { PipelineReport } from '../../../../src/contract/deals';
import { useFormat } from '../../i18n/format';
import { ForecastChart } from './ForecastChart';
import { usePipelineT } from './messages';
import { useEur } from './useEur';

/** Totals, the forecast chart and table, conversion and velocity per stage, won and lost reasons. */
export function PipelineReportView({ report }: { report: PipelineReport }) {
  const t = usePipelineT();
  const format = useFormat();
  const eur = useEur();
  const pct = (v: number | null) => (v === null ? '–' : `${format.number(v * 100, 0)} %`);
  const r = report.totals;
  return (
    <div className="pl-report" data-testid="pipeline-report">
      <p>
        {t('report.totals', {
          open: r.openDeals,
          openValue: eur(r.openValue),
          weighted: eur(r.weighted),
          won: r.wonDeals,
          wonValue: eur(r.wonValue),
          lost: r.lostDeals,
          winRate: pct(r.winRate),
        })}
      </p>
      <h2>{t('report.forecast')}</h2>
      <ForecastChart forecast={report.forecast} />
      <div className="pl-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('expectedClose')}</th>
              <th scope="col">{t('open')}</th>
              <th scope="col">{t('report.weighted')}</th>
              <th scope="col">{t('report.won')}</th>
            </tr>
          </thead>
          <tbody>
            {report.forecast.map((f) => (
              <tr key={f.month ?? 'none'}>
                <th scope="row">{f.month ?? t('report.unscheduled')}</th>
                <td>{eur(f.openValue)}</td>
                <td>{eur(f.weighted)}</td>
                <td>{eur(f.won)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('report.stages')}</h2>
      <div className="pl-scroll">
        <table className="table" data-testid="stage-flow">
          <thead>
            <tr>
              <th scope="col">{t('report.stage')}</th>
              <th scope="col">{t('report.entered')}</th>
              <th scope="col">{t('report.forward')}</th>
              <th scope="col">{t('report.conversion')}</th>
              <th scope="col">{t('report.medianDays')}</th>
            </tr>
          </thead>
          <tbody>
            {report.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{s.name}</th>
                <td>{s.entered}</td>
                <td>{s.forward}</td>
                <td>{pct(s.conversion)}</td>
                <td>{s.medianDays === null ? '–' : format.number(s.medianDays, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pl-reasons">
        {(['won', 'lost'] as const).map((kind) => (
          <section key={kind}>
            <h2>{t(kind === 'won' ? 'report.wonReasons' : 'report.lostReasons')}</h2>
            {report.reasons[kind].length === 0 ? (
              <p className="hint">{t('report.none')}</p>
            ) : (
              <ul>
                {report.reasons[kind].map((r) => (
                  <li key={r.reason}>
                    {r.reason || '–'}: {t('deals', { count: r.deals })}, {eur(r.value)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
