import { useCallback, useId, useState, type FormEvent } from 'react';
import type { AttributionDimension, AttributionRow } from '../../../../src/contract/attribution';
import { PeriodFields } from '../../components/PeriodFields';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { lastDays } from '../analytics/dateRange';
import { usePersonas } from '../personas/usePersonas';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './attribution.css';
import { AttributionChart } from './AttributionChart';
import { AttributionProfiles } from './AttributionProfiles';
import type { AttributionRequest } from './attributionQuery';
import { useAttributionT } from './messages';
import { SettingsPanel } from './SettingsPanel';
import { useAttribution, useAttributionSettings } from './useAttribution';

const DIMENSIONS: AttributionDimension[] = ['touchpoint', 'channel', 'campaign'];
type ModelKind = keyof AttributionRow['conversions'];

/**
 * Attribution: credit for conversions and revenue per touchpoint, channel or campaign under every model
 * side by side (chart and table), the journeys behind them, a comparison period, and the settings.
 */
export function AttributionPage() {
  const t = useAttributionT();
  const format = useFormat();
  const { workspaceId } = useCurrentWorkspace();
  const personas = usePersonas(workspaceId);
  const touchpoints = useTouchpoints(workspaceId);
  const { settings } = useAttributionSettings(workspaceId);
  const [request, setRequest] = useState<AttributionRequest>(() => ({
    ...lastDays(90),
    compareFrom: '',
    compareTo: '',
    dimension: 'touchpoint',
    persona: '',
    channel: '',
  }));
  const [draft, setDraft] = useState(request);
  const [comparing, setComparing] = useState(false);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const [measure, setMeasure] = useState<'conversions' | 'value'>('value');
  const [shown, setShown] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const report = useAttribution(workspaceId, request);
  const tableId = useId();
  const modelName = useCallback((kind: string) => t(`models.${kind as ModelKind}`), [t]);

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
  const figure = (x: number) => (measure === 'value' ? format.number(x, 2) : format.number(x, 2));
  const shownRow = shown ? report.data?.rows.find((r) => r.key === shown) : undefined;
  const compareRow = (key: string) => report.data?.compare?.rows.find((r) => r.key === key);

  return (
    <section className="page" aria-labelledby="attribution-title">
      <h1 id="attribution-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar at-filters" onSubmit={apply}>
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
        <Field label={t('dimension')}>
          {(props) => (
            <select
              {...props}
              data-testid="attribution-dimension"
              value={draft.dimension}
              onChange={(e) => setDraft({ ...draft, dimension: e.target.value as AttributionDimension })}
            >
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`dimensions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
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
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>

      <section className="panel" aria-labelledby="at-settings-title">
        <div className="page-head">
          <h2 id="at-settings-title">{t('settings.title')}</h2>
          <button
            type="button"
            className="button button-ghost"
            aria-expanded={settingsOpen}
            onClick={() => setSettingsOpen(!settingsOpen)}
          >
            {settingsOpen ? t('close') : t('settings.open')}
          </button>
        </div>
        {settingsOpen &&
          (settings.data && touchpoints.data ? (
            <SettingsPanel
              workspaceId={workspaceId}
              settings={settings.data}
              touchpoints={touchpoints.data.map((tp) => ({ id: tp.id, name: tp.name }))}
            />
          ) : (
            <Loading />
          ))}
      </section>

      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <p data-testid="attribution-totals">
            {t('totals', {
              journeys: format.plain(report.data.totals.journeys),
              converting: format.plain(report.data.totals.convertingJourneys),
              nulls: format.plain(report.data.totals.nullJourneys),
              conversions: format.plain(report.data.totals.conversions),
              value: format.number(report.data.totals.value, 2),
            })}
          </p>
          {report.data.totals.untouchedConversions > 0 && (
            <p className="hint">
              {t('untouched', {
                count: format.plain(report.data.totals.untouchedConversions),
                value: format.number(report.data.totals.untouchedValue, 2),
              })}
            </p>
          )}
          {report.data.compare && (
            <p className="hint" data-testid="attribution-compare">
              {t('comparison', {
                from: format.date(report.data.compare.from),
                to: format.date(report.data.compare.to),
                journeys: format.plain(report.data.compare.totals.journeys),
                conversions: format.plain(report.data.compare.totals.conversions),
                value: format.number(report.data.compare.totals.value, 2),
              })}
            </p>
          )}
          <div className="at-toggle" role="group" aria-label={t('measure')}>
            {(['value', 'conversions'] as const).map((m) => (
              <label key={m} className="checkbox">
                <input
                  type="radio"
                  name="at-measure"
                  checked={measure === m}
                  onChange={() => setMeasure(m)}
                />{' '}
                {t(`measures.${m}`)}
              </label>
            ))}
          </div>
          {report.data.rows.length === 0 ? (
            <Empty>{t('empty')}</Empty>
          ) : (
            <>
              <section className="panel" aria-labelledby="at-chart-title">
                <h2 id="at-chart-title">{t('chartTitle')}</h2>
                <AttributionChart
                  rows={report.data.rows}
                  models={report.data.models}
                  measure={measure}
                  modelName={modelName}
                  onKey={setShown}
                />
              </section>
              <section className="panel" aria-labelledby={tableId}>
                <h2 id={tableId}>
                  {t('tableTitle')} · {t(`measures.${measure}`)}
                </h2>
                <div className="at-scroll">
                  <table className="table at-table" data-testid="attribution-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('key')}</th>
                        <th scope="col">{t('journeys')}</th>
                        {report.data.models.map((kind) => (
                          <th scope="col" key={kind}>
                            {modelName(kind)}
                          </th>
                        ))}
                        <th scope="col">{t('removal')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.data.rows.map((row) => (
                        <tr key={row.key} data-testid={`attribution-row-${row.key}`}>
                          <th scope="row">{row.label}</th>
                          <td>
                            <button
                              type="button"
                              className="at-figure-button"
                              aria-label={t('showProfiles', {
                                count: format.plain(row.journeys),
                                name: row.label,
                              })}
                              onClick={() => setShown(row.key)}
                            >
                              {format.plain(row.journeys)}
                            </button>
                          </td>
                          {report.data.models.map((kind) => {
                            const before = compareRow(row.key)?.[measure][kind];
                            return (
                              <td key={kind}>
                                {figure(row[measure][kind] ?? 0)}
                                {report.data.compare && (
                                  <span className="hint"> ({figure(before ?? 0)})</span>
                                )}
                              </td>
                            );
                          })}
                          <td>{format.number(row.removalEffect[measure] * 100, 1)} %</td>
                        </tr>
                      ))}
                      <tr>
                        <th scope="row">{t('total')}</th>
                        <td>{format.plain(report.data.totals.convertingJourneys)}</td>
                        {report.data.models.map((kind) => (
                          <td key={kind}>
                            {figure(report.data.rows.reduce((s, r) => s + (r[measure][kind] ?? 0), 0))}
                          </td>
                        ))}
                        <td />
                      </tr>
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          )}
          {shown && shownRow && (
            <AttributionProfiles
              key={shown}
              workspaceId={workspaceId}
              request={request}
              attributionKey={shown}
              name={shownRow.label}
              onClose={() => setShown(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
