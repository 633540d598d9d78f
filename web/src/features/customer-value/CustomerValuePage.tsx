import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerValuePeriod } from '../../../../src/contract/customerValue';
import { assertUnreachable } from '../../../../src/core/result';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../action-plan/useDayFormat';
import { lastDays } from '../analytics/dateRange';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { ClvCard } from './ClvCard';
import './customerValue.css';
import { useCustomerValueT } from './messages';
import { ParetoChart } from './ParetoChart';
import { PeriodFilters } from './PeriodFilters';
import { RfmGrid } from './RfmGrid';
import { useCustomerValue } from './useCustomerValue';
import type { ValueRequest, ValueSelection } from './valueQuery';
import { ValueProfiles } from './ValueProfiles';

/**
 * Kundenwert (seed 003, question 7): RFM grid and segments, ABC Pareto, existing vs new customers, the
 * CLV with its method and inputs, revenue per account and by lifecycle phase; every count opens the
 * customers behind it.
 */
export function CustomerValuePage() {
  const t = useCustomerValueT();
  const format = useFormat();
  const { i18n } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const [request, setRequest] = useState<ValueRequest>(() => ({
    ...lastDays(30),
    compareFrom: '',
    compareTo: '',
    persona: '',
    channelClass: '',
    channel: '',
    margin: '',
  }));
  const [selection, setSelection] = useState<ValueSelection | null>(null);
  const value = useCustomerValue(workspaceId, request);
  const name = useCallback(
    (p: { nameDe: string; nameEn: string }) => (i18n.language === 'en' ? p.nameEn : p.nameDe),
    [i18n.language],
  );
  const chartLabels = useMemo(
    () => ({ customerShare: t('abc.customerShare'), revenueShare: t('abc.revenueShare') }),
    [t],
  );
  const money = (v: number | null) => (v === null ? t('noData') : format.number(v, 2));
  const pct = (v: number) => `${format.number(v * 100, 1)} %`;
  const figure = (count: number, what: string, select: ValueSelection, testId?: string) =>
    count === 0 ? (
      format.plain(count)
    ) : (
      <button
        type="button"
        className="cv-figure-button"
        data-testid={testId}
        aria-label={t('profiles.show', { count: format.plain(count), what })}
        onClick={() => setSelection(select)}
      >
        {format.plain(count)}
      </button>
    );
  const titleOf = (s: ValueSelection) => {
    switch (s.kind) {
      case 'rfm':
        return t('profiles.rfm', { name: t(`segments.${s.segment}`) });
      case 'cell':
        return t('profiles.cell', { r: s.r, f: s.f });
      case 'abc':
        return t('profiles.abc', { name: s.cls });
      case 'customer':
        return t(s.group === 'existing' ? 'profiles.existing' : 'profiles.new');
      default:
        return assertUnreachable(s);
    }
  };

  return (
    <section className="page" aria-labelledby="cv-title">
      <h1 id="cv-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <PeriodFilters
        workspaceId={workspaceId}
        initial={request}
        onApply={(next) => {
          setSelection(null);
          setRequest(next);
        }}
        extra={(draft, setDraft) => (
          <Field label={t('margin')}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={100}
                step={1}
                inputMode="numeric"
                value={draft.margin === '' ? '' : String(Math.round(Number(draft.margin) * 100))}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    margin:
                      e.target.value === ''
                        ? ''
                        : String(Math.min(100, Math.max(0, Number(e.target.value))) / 100),
                  })
                }
              />
            )}
          </Field>
        )}
      />
      {value.isPending ? (
        <Loading />
      ) : value.isError ? (
        <LoadError error={value.error} onRetry={() => void value.refetch()} />
      ) : (
        <Figures
          data={value.data}
          compare={value.data.compare}
          name={name}
          money={money}
          pct={pct}
          figure={figure}
          labels={chartLabels}
          onSelect={setSelection}
        />
      )}
      {selection && value.data && (
        <ValueProfiles
          key={JSON.stringify(selection)}
          workspaceId={workspaceId}
          request={request}
          selection={selection}
          title={titleOf(selection)}
          onClose={() => setSelection(null)}
        />
      )}
    </section>
  );
}

function Figures({
  data,
  compare,
  name,
  money,
  pct,
  figure,
  labels,
  onSelect,
}: {
  data: CustomerValuePeriod;
  compare: CustomerValuePeriod | null;
  name: (p: { nameDe: string; nameEn: string }) => string;
  money: (v: number | null) => string;
  pct: (v: number) => string;
  figure: (count: number, what: string, select: ValueSelection, testId?: string) => ReactNode;
  labels: { customerShare: string; revenueShare: string };
  onSelect: (s: ValueSelection) => void;
}) {
  const t = useCustomerValueT();
  const format = useFormat();
  const day = useDayFormat();
  return (
    <>
      <p data-testid="cv-totals">
        {t('totals', {
          customers: format.plain(data.customers),
          orders: format.plain(data.orders),
          revenue: money(data.revenue),
          to: day(data.to),
          accounts: format.plain(data.accounts),
        })}
      </p>
      <dl className="cv-kpis">
        <div>
          <dt>{t('perCustomer')}</dt>
          <dd>{money(data.revenuePerCustomer)}</dd>
        </div>
        <div>
          <dt>{t('perAccount')}</dt>
          <dd>{money(data.revenuePerAccount)}</dd>
        </div>
        {compare && (
          <div>
            <dt>
              {t('comparison')} ({day(compare.from)} – {day(compare.to)})
            </dt>
            <dd>
              {t('totals', {
                customers: format.plain(compare.customers),
                orders: format.plain(compare.orders),
                revenue: money(compare.revenue),
                to: day(compare.to),
                accounts: format.plain(compare.accounts),
              })}
            </dd>
          </div>
        )}
      </dl>
      {data.customers === 0 && (compare?.customers ?? 0) === 0 ? (
        <Empty>{t('empty')}</Empty>
      ) : (
        <div className="cv-layout">
          <section className="panel" aria-labelledby="cv-rfm-title">
            <h2 id="cv-rfm-title">{t('rfm.title')}</h2>
            <p className="hint">{t('rfm.hint')}</p>
            <RfmGrid rfm={data.rfm} onSelect={onSelect} />
            <div className="cv-scroll">
              <table className="table" data-testid="rfm-segments">
                <thead>
                  <tr>
                    <th scope="col">{t('rfm.segment')}</th>
                    <th scope="col">{t('rfm.customers')}</th>
                    <th scope="col">{t('rfm.revenue')}</th>
                    {compare && <th scope="col">{t('rfm.compareCustomers')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {data.rfm.segments.map((s, i) => (
                    <tr key={s.key} data-testid={`rfm-segment-${s.key}`}>
                      <th scope="row">{name(s)}</th>
                      <td>{figure(s.customers, name(s), { kind: 'rfm', segment: s.key })}</td>
                      <td>{money(s.revenue)}</td>
                      {compare && <td>{format.plain(compare.rfm.segments[i]?.customers ?? 0)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="cv-abc-title">
            <h2 id="cv-abc-title">{t('abc.title')}</h2>
            <p className="hint">
              {t('abc.hint', {
                a: format.plain(data.abc.thresholds.a * 100),
                b: format.plain(data.abc.thresholds.b * 100),
              })}
            </p>
            <ParetoChart abc={data.abc} labels={labels} />
            <table className="table" data-testid="abc-classes">
              <thead>
                <tr>
                  <th scope="col">{t('abc.class')}</th>
                  <th scope="col">{t('rfm.customers')}</th>
                  <th scope="col">{t('rfm.revenue')}</th>
                  <th scope="col">{t('abc.share')}</th>
                  {compare && <th scope="col">{t('rfm.compareCustomers')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.abc.classes.map((c, i) => (
                  <tr key={c.class}>
                    <th scope="row">{c.class}</th>
                    <td>{figure(c.customers, c.class, { kind: 'abc', cls: c.class }, `abc-${c.class}`)}</td>
                    <td>{money(c.revenue)}</td>
                    <td>{pct(c.revenueShare)}</td>
                    {compare && <td>{format.plain(compare.abc.classes[i]?.customers ?? 0)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="panel" aria-labelledby="cv-existing-title">
            <h2 id="cv-existing-title">{t('existing.title')}</h2>
            <p className="hint">{t('existing.hint')}</p>
            <table className="table" data-testid="existing-vs-new">
              <thead>
                <tr>
                  <th scope="col">{t('existing.group')}</th>
                  <th scope="col">{t('rfm.customers')}</th>
                  <th scope="col">{t('existing.orders')}</th>
                  <th scope="col">{t('rfm.revenue')}</th>
                  <th scope="col">{t('abc.share')}</th>
                  <th scope="col">{t('perCustomer')}</th>
                  {compare && <th scope="col">{t('rfm.compareCustomers')}</th>}
                </tr>
              </thead>
              <tbody>
                {(['existing', 'new'] as const).map((group) => {
                  const g = data.existingVsNew[group];
                  return (
                    <tr key={group}>
                      <th scope="row">{t(`existing.${group}`)}</th>
                      <td>{figure(g.customers, t(`existing.${group}`), { kind: 'customer', group })}</td>
                      <td>{format.plain(g.orders)}</td>
                      <td>{money(g.revenue)}</td>
                      <td>{pct(g.revenueShare)}</td>
                      <td>{money(g.revenuePerCustomer)}</td>
                      {compare && <td>{format.plain(compare.existingVsNew[group].customers)}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <ClvCard clv={data.clv} />
          <section className="panel" aria-labelledby="cv-accounts-title">
            <h2 id="cv-accounts-title">{t('accounts.title')}</h2>
            {data.topAccounts.length === 0 ? (
              <p className="hint">{t('accounts.none')}</p>
            ) : (
              <div className="cv-scroll">
                <table className="table" data-testid="account-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('accounts.name')}</th>
                      <th scope="col">{t('accounts.customers')}</th>
                      <th scope="col">{t('accounts.orders')}</th>
                      <th scope="col">{t('accounts.revenue')}</th>
                      <th scope="col">{t('accounts.inPeriod')}</th>
                      <th scope="col">{t('accounts.class')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.topAccounts.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">{a.name}</th>
                        <td>{format.plain(a.customers)}</td>
                        <td>{format.plain(a.orders)}</td>
                        <td>{money(a.revenue)}</td>
                        <td>{money(a.revenueInPeriod)}</td>
                        <td>{a.class}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="cv-phases-title">
            <h2 id="cv-phases-title">{t('phases.title')}</h2>
            <table className="table" data-testid="phase-table">
              <thead>
                <tr>
                  <th scope="col">{t('phases.phase')}</th>
                  <th scope="col">{t('rfm.customers')}</th>
                  <th scope="col">{t('rfm.revenue')}</th>
                </tr>
              </thead>
              <tbody>
                {data.byPhase
                  .filter((p) => p.customers > 0 || p.key !== null)
                  .map((p) => (
                    <tr key={p.key ?? '-'}>
                      <th scope="row">{name(p)}</th>
                      <td>{format.plain(p.customers)}</td>
                      <td>{money(p.revenue)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </>
  );
}
