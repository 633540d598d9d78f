import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelPhase } from '../../../../src/contract/funnel';
import { PeriodFields } from '../../components/PeriodFields';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { lastDays } from '../analytics/dateRange';
import { usePersonas } from '../personas/usePersonas';
import { SegmentSelect } from '../segments/SegmentSelect';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './funnel.css';
import { FunnelChart } from './FunnelChart';
import { FunnelProfiles } from './FunnelProfiles';
import type { FunnelRequest } from './funnelQuery';
import { useFunnelT } from './messages';
import { usePhaseFunnel } from './usePhaseFunnel';

const CLASSES = ['paid', 'owned', 'earned'] as const;

/**
 * Phasen-Trichter: how many people and accounts reached each phase of the journey model, how many went
 * on, how long it took, beside a comparison period; every count opens the people behind it.
 */
export function PhaseFunnelPage() {
  const t = useFunnelT();
  const format = useFormat();
  const { i18n } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const personas = usePersonas(workspaceId);
  const [request, setRequest] = useState<FunnelRequest>(() => ({
    ...lastDays(30),
    compareFrom: '',
    compareTo: '',
    persona: '',
    channelClass: '',
    channel: '',
    segment: '',
  }));
  const [draft, setDraft] = useState(request);
  const [comparing, setComparing] = useState(false);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const [shown, setShown] = useState<{ phase: string; dropped: boolean } | null>(null);
  const funnel = usePhaseFunnel(workspaceId, request);
  const tableId = useId();

  const phaseName = useCallback(
    (p: { nameDe: string; nameEn: string }) => (i18n.language === 'en' ? p.nameEn : p.nameDe),
    [i18n.language],
  );
  const chartLabels = useMemo(() => ({ period: t('period'), comparison: t('comparison') }), [t]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const bad =
      !draft.from ||
      !draft.to ||
      draft.from > draft.to ||
      (comparing && (!draft.compareFrom || !draft.compareTo || draft.compareFrom > draft.compareTo));
    if (bad) {
      setRangeError(t('rangeError'));
      return;
    }
    setRangeError(undefined);
    setShown(null);
    setRequest(comparing ? draft : { ...draft, compareFrom: '', compareTo: '' });
  };
  const pct = (v: number | null) => (v === null ? t('noData') : `${format.number(v * 100, 1)} %`);
  const duration = (seconds: number | null) => {
    if (seconds === null) return t('noData');
    if (seconds < 60) return t('duration.s', { n: format.plain(seconds) });
    if (seconds < 3600) return t('duration.min', { n: format.number(seconds / 60, 0) });
    if (seconds < 86_400) return t('duration.h', { n: format.number(seconds / 3600, 1) });
    return t('duration.d', { n: format.number(seconds / 86_400, 1) });
  };
  const shownPhase = shown && funnel.data?.phases.find((p) => p.key === shown.phase);
  const figureButton = (p: FunnelPhase, count: number, dropped: boolean) =>
    count === 0 ? (
      format.plain(count)
    ) : (
      <button
        type="button"
        className="fn-figure-button"
        aria-label={t(dropped ? 'showDropped' : 'showProfiles', {
          count: format.plain(count),
          phase: phaseName(p),
        })}
        onClick={() => setShown({ phase: p.key, dropped })}
      >
        {format.plain(count)}
      </button>
    );

  return (
    <section className="page" aria-labelledby="funnel-title">
      <h1 id="funnel-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar fn-filters" onSubmit={apply}>
        <PeriodFields
          value={draft}
          onChange={(p) => setDraft({ ...draft, ...p })}
          comparing={comparing}
          onComparingChange={setComparing}
          error={rangeError}
          labels={{
            from: t('from'),
            to: t('to'),
            compare: t('compare'),
            compareFrom: t('compareFrom'),
            compareTo: t('compareTo'),
          }}
        />
        <Field label={t('persona')}>
          {(props) => (
            <select
              {...props}
              value={draft.persona}
              onChange={(e) => setDraft({ ...draft, persona: e.target.value })}
            >
              <option value="">{t('any')}</option>
              {(personas.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('channelClass')}>
          {(props) => (
            <select
              {...props}
              value={draft.channelClass}
              onChange={(e) => setDraft({ ...draft, channelClass: e.target.value })}
            >
              <option value="">{t('any')}</option>
              {CLASSES.map((c) => (
                <option key={c} value={c}>
                  {t(`classes.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('channel')}>
          {(props) => (
            <input
              {...props}
              value={draft.channel}
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, channel: e.target.value.trim() })}
            />
          )}
        </Field>
        <SegmentSelect
          workspaceId={workspaceId}
          value={draft.segment}
          onChange={(segment) => setDraft({ ...draft, segment })}
        />
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>
      {funnel.isPending ? (
        <Loading />
      ) : funnel.isError ? (
        <LoadError error={funnel.error} onRetry={() => void funnel.refetch()} />
      ) : (
        <>
          <p data-testid="funnel-totals">
            {t('totals', {
              profiles: format.plain(funnel.data.profiles),
              accounts: format.plain(funnel.data.accounts),
            })}
          </p>
          {funnel.data.profiles === 0 && (funnel.data.compare?.profiles ?? 0) === 0 ? (
            <Empty>{t('empty')}</Empty>
          ) : (
            <section className="panel" aria-labelledby="funnel-chart-title">
              <h2 id="funnel-chart-title">{t('chartTitle')}</h2>
              <FunnelChart
                main={funnel.data}
                compare={funnel.data.compare}
                label={phaseName}
                labels={chartLabels}
                onPhase={(phase) => setShown({ phase, dropped: false })}
              />
            </section>
          )}
          <section className="panel" aria-labelledby={tableId}>
            <h2 id={tableId}>{t('title')}</h2>
            <div className="fn-scroll">
              <table className="table" data-testid="funnel-table">
                <thead>
                  <tr>
                    <th scope="col">{t('table.phase')}</th>
                    <th scope="col">{t('table.profiles')}</th>
                    <th scope="col">{t('table.accounts')}</th>
                    <th scope="col">{t('table.conversion')}</th>
                    <th scope="col">{t('table.dropOff')}</th>
                    <th scope="col">{t('table.median')}</th>
                    <th scope="col">{t('table.p90')}</th>
                    {funnel.data.compare && <th scope="col">{t('table.compareProfiles')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {funnel.data.phases.map((p, i) => (
                    <tr key={p.key} data-testid={`funnel-row-${p.key}`}>
                      <th scope="row">{phaseName(p)}</th>
                      <td>{figureButton(p, p.profiles, false)}</td>
                      <td>{format.plain(p.accounts)}</td>
                      <td>{pct(p.conversionToNext)}</td>
                      <td>{p.dropOff === null ? t('noData') : figureButton(p, p.dropOff, true)}</td>
                      <td>{duration(p.medianSecondsToNext)}</td>
                      <td>{duration(p.p90SecondsToNext)}</td>
                      {funnel.data.compare && (
                        <td>{format.plain(funnel.data.compare.phases[i]?.profiles ?? 0)}</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {shown && shownPhase && (
            <FunnelProfiles
              key={`${shown.phase}-${shown.dropped}`}
              workspaceId={workspaceId}
              request={request}
              phase={shown.phase}
              phaseName={phaseName(shownPhase)}
              dropped={shown.dropped}
              onClose={() => setShown(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
