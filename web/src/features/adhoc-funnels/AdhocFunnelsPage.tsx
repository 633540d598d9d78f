import { useMemo, useState, type FormEvent } from 'react';
import type {
  AdhocFunnelRun,
  AdhocFunnelStep,
  FunnelStepDefinition,
  SavedFunnel,
} from '../../../../src/contract/adhocFunnels';
import { PeriodFields } from '../../components/PeriodFields';
import { Field } from '../../components/Field';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { lastDays } from '../analytics/dateRange';
import '../paths/paths.css';
import { ProfilesBehind } from '../paths/ProfilesBehind';
import { usePersonas } from '../personas/usePersonas';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { AdhocFunnelChart } from './AdhocFunnelChart';
import { useAdhocFunnelsT } from './messages';
import { useAdhocFunnelProfiles, useAdhocFunnelRun, useSavedFunnels } from './useAdhocFunnels';

interface StepDraft {
  touchpointId: string;
  eventName: string;
  eventType: string;
  channel: string;
  propertyKey: string;
  propertyValue: string;
}
const emptyStep: StepDraft = {
  touchpointId: '',
  eventName: '',
  eventType: '',
  channel: '',
  propertyKey: '',
  propertyValue: '',
};

const toStep = (d: StepDraft): FunnelStepDefinition => ({
  ...(d.touchpointId ? { touchpointId: d.touchpointId } : {}),
  ...(d.eventName ? { eventName: d.eventName } : {}),
  ...(d.eventType ? { eventType: d.eventType } : {}),
  ...(d.channel ? { channel: d.channel } : {}),
  ...(d.propertyKey
    ? { conditions: [{ key: d.propertyKey, op: 'eq' as const, value: d.propertyValue }] }
    : {}),
});
const fromStep = (s: FunnelStepDefinition): StepDraft => {
  const c = s.conditions?.[0];
  return {
    touchpointId: s.touchpointId ?? '',
    eventName: s.eventName ?? '',
    eventType: s.eventType ?? '',
    channel: s.channel ?? '',
    propertyKey: c?.key ?? '',
    propertyValue: c?.value === undefined ? '' : String(c.value),
  };
};
const hasCriterion = (d: StepDraft) =>
  Boolean(d.touchpointId || d.eventName || d.eventType || d.channel || d.propertyKey);

/**
 * Trichter-Analyse: build a funnel of any ordered steps, run it over a period (and a comparison
 * period), save and share it in the workspace; every count opens the people behind it.
 */
export function AdhocFunnelsPage() {
  const t = useAdhocFunnelsT();
  const format = useFormat();
  const { workspaceId } = useCurrentWorkspace();
  const touchpoints = useTouchpoints(workspaceId);
  const personas = usePersonas(workspaceId);
  const saved = useSavedFunnels(workspaceId);
  const [steps, setSteps] = useState<StepDraft[]>([{ ...emptyStep }, { ...emptyStep }]);
  const [order, setOrder] = useState<'loose' | 'strict'>('loose');
  const [windowHours, setWindowHours] = useState('168');
  const [period, setPeriod] = useState(() => ({
    ...lastDays(30),
    compareFrom: '',
    compareTo: '',
    persona: '',
    channel: '',
  }));
  const [comparing, setComparing] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [run, setRun] = useState<AdhocFunnelRun | null>(null);
  const [shown, setShown] = useState<{ step: number; dropped: boolean } | null>(null);
  const result = useAdhocFunnelRun(workspaceId, run);
  const chartLabels = useMemo(() => ({ period: t('period'), comparison: t('comparison') }), [t]);

  const definition = () => ({
    steps: steps.map(toStep),
    order,
    windowSeconds: Math.min(90 * 86_400, Math.max(60, Math.round(Number(windowHours) * 3600) || 3600)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!steps.every(hasCriterion)) return setError(t('stepError'));
    if (
      period.from > period.to ||
      (comparing && (!period.compareFrom || !period.compareTo || period.compareFrom > period.compareTo))
    )
      return setError(t('rangeError'));
    setError(undefined);
    setShown(null);
    setRun({
      ...definition(),
      from: period.from,
      to: period.to,
      ...(comparing ? { compareFrom: period.compareFrom, compareTo: period.compareTo } : {}),
      ...(period.persona ? { persona: period.persona } : {}),
      ...(period.channel ? { channel: period.channel } : {}),
    });
  };
  const save = () => {
    if (!name.trim() || !steps.every(hasCriterion)) return setError(t('stepError'));
    saved.create.mutate({ name: name.trim(), ...definition() });
  };
  const load = (f: SavedFunnel) => {
    setSteps(f.steps.map(fromStep));
    setOrder(f.order);
    setWindowHours(String(f.windowSeconds / 3600));
    setName(f.name);
  };
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  const pct = (v: number | null) => (v === null ? t('noData') : `${format.number(v * 100, 1)} %`);
  const duration = (seconds: number | null) => {
    if (seconds === null) return t('noData');
    if (seconds < 60) return t('duration.s', { n: format.plain(seconds) });
    if (seconds < 3600) return t('duration.min', { n: format.number(seconds / 60, 0) });
    if (seconds < 86_400) return t('duration.h', { n: format.number(seconds / 3600, 1) });
    return t('duration.d', { n: format.number(seconds / 86_400, 1) });
  };
  const stepName = (s: AdhocFunnelStep) => `${s.index + 1}. ${s.label}`;
  const figure = (s: AdhocFunnelStep, count: number, dropped: boolean) =>
    count === 0 ? (
      format.plain(count)
    ) : (
      <button
        type="button"
        className="pa-figure-button"
        aria-label={t(dropped ? 'showDropped' : 'showProfiles', {
          count: format.plain(count),
          step: stepName(s),
        })}
        onClick={() => setShown({ step: s.index, dropped })}
      >
        {format.plain(count)}
      </button>
    );
  const shownStep = shown && result.data?.steps[shown.step];

  return (
    <section className="page" aria-labelledby="adhoc-title">
      <h1 id="adhoc-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form onSubmit={submit} className="pa-steps" data-testid="adhoc-builder">
        {steps.map((s, i) => (
          <fieldset key={i} className="pa-step">
            <legend>{t('step', { n: i + 1 })}</legend>
            <Field label={t('touchpoint')}>
              {(props) => (
                <select
                  {...props}
                  value={s.touchpointId}
                  onChange={(e) => setStep(i, { touchpointId: e.target.value })}
                >
                  <option value="">{t('any')}</option>
                  {(touchpoints.data ?? []).map((tp) => (
                    <option key={tp.id} value={tp.id}>
                      {tp.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('eventName')}>
              {(props) => (
                <input
                  {...props}
                  value={s.eventName}
                  maxLength={200}
                  onChange={(e) => setStep(i, { eventName: e.target.value.trim() })}
                />
              )}
            </Field>
            <Field label={t('eventType')}>
              {(props) => (
                <input
                  {...props}
                  value={s.eventType}
                  maxLength={100}
                  onChange={(e) => setStep(i, { eventType: e.target.value.trim() })}
                />
              )}
            </Field>
            <Field label={t('channel')}>
              {(props) => (
                <input
                  {...props}
                  value={s.channel}
                  maxLength={200}
                  onChange={(e) => setStep(i, { channel: e.target.value.trim() })}
                />
              )}
            </Field>
            <Field label={t('propertyKey')}>
              {(props) => (
                <input
                  {...props}
                  value={s.propertyKey}
                  maxLength={200}
                  onChange={(e) => setStep(i, { propertyKey: e.target.value.trim() })}
                />
              )}
            </Field>
            <Field label={t('propertyValue')}>
              {(props) => (
                <input
                  {...props}
                  value={s.propertyValue}
                  maxLength={500}
                  onChange={(e) => setStep(i, { propertyValue: e.target.value })}
                />
              )}
            </Field>
            {steps.length > 2 && (
              <button
                type="button"
                className="button button-ghost"
                onClick={() => setSteps(steps.filter((_, j) => j !== i))}
              >
                {t('removeStep', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <div className="toolbar fn-filters">
          {steps.length < 10 && (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => setSteps([...steps, { ...emptyStep }])}
            >
              {t('addStep')}
            </button>
          )}
          <Field label={t('order')}>
            {(props) => (
              <select
                {...props}
                value={order}
                onChange={(e) => setOrder(e.target.value === 'strict' ? 'strict' : 'loose')}
              >
                <option value="loose">{t('loose')}</option>
                <option value="strict">{t('strict')}</option>
              </select>
            )}
          </Field>
          <Field label={t('window')}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={2160}
                value={windowHours}
                onChange={(e) => setWindowHours(e.target.value)}
              />
            )}
          </Field>
          <PeriodFields
            value={period}
            onChange={(p) => setPeriod({ ...period, ...p })}
            comparing={comparing}
            onComparingChange={setComparing}
            error={error}
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
                value={period.persona}
                onChange={(e) => setPeriod({ ...period, persona: e.target.value })}
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
          <Field label={t('filterChannel')}>
            {(props) => (
              <input
                {...props}
                value={period.channel}
                maxLength={200}
                onChange={(e) => setPeriod({ ...period, channel: e.target.value.trim() })}
              />
            )}
          </Field>
          <button type="submit" className="button">
            {t('run')}
          </button>
          <Field label={t('name')}>
            {(props) => (
              <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            )}
          </Field>
          <button
            type="button"
            className="button button-ghost"
            disabled={saved.create.isPending}
            onClick={save}
          >
            {t('save')}
          </button>
        </div>
      </form>
      <section className="panel" aria-labelledby="adhoc-saved-title">
        <h2 id="adhoc-saved-title">{t('saved')}</h2>
        {(saved.list.data ?? []).length === 0 ? (
          <p className="hint">{t('noSaved')}</p>
        ) : (
          <ul className="pa-people" data-testid="adhoc-saved">
            {(saved.list.data ?? []).map((f) => (
              <li key={f.id}>
                <button type="button" className="pa-figure-button" onClick={() => load(f)}>
                  {t('load')}: {f.name}
                </button>{' '}
                <button
                  type="button"
                  className="button button-ghost"
                  aria-label={t('remove', { name: f.name })}
                  onClick={() => saved.remove.mutate(f.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {run !== null &&
        (result.isPending ? (
          <Loading />
        ) : result.isError ? (
          <LoadError error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <>
            <section className="panel" aria-labelledby="adhoc-chart-title">
              <h2 id="adhoc-chart-title">{t('chartTitle')}</h2>
              <AdhocFunnelChart
                main={result.data}
                compare={result.data.compare}
                labels={chartLabels}
                onStep={(step) => setShown({ step, dropped: false })}
              />
              <div className="pa-scroll">
                <table className="table" data-testid="adhoc-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('table.step')}</th>
                      <th scope="col">{t('table.profiles')}</th>
                      <th scope="col">{t('table.fromPrevious')}</th>
                      <th scope="col">{t('table.fromFirst')}</th>
                      <th scope="col">{t('table.dropOff')}</th>
                      <th scope="col">{t('table.median')}</th>
                      <th scope="col">{t('table.p90')}</th>
                      {result.data.compare && <th scope="col">{t('table.compareProfiles')}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {result.data.steps.map((s) => (
                      <tr key={s.index}>
                        <th scope="row">{stepName(s)}</th>
                        <td>{figure(s, s.profiles, false)}</td>
                        <td>{pct(s.conversionFromPrevious)}</td>
                        <td>{pct(s.conversionFromFirst)}</td>
                        <td>{s.dropOff === null ? t('noData') : figure(s, s.dropOff, true)}</td>
                        <td>{duration(s.medianSecondsFromPrevious)}</td>
                        <td>{duration(s.p90SecondsFromPrevious)}</td>
                        {result.data.compare && (
                          <td>{format.plain(result.data.compare.steps[s.index]?.profiles ?? 0)}</td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            {shown && shownStep && (
              <StepProfiles
                key={`${shown.step}-${String(shown.dropped)}`}
                workspaceId={workspaceId}
                run={run}
                step={shown.step}
                dropped={shown.dropped}
                title={t(shown.dropped ? 'droppedTitle' : 'profilesTitle', { step: stepName(shownStep) })}
                onClose={() => setShown(null)}
              />
            )}
          </>
        ))}
    </section>
  );
}

function StepProfiles(props: {
  workspaceId: string;
  run: AdhocFunnelRun;
  step: number;
  dropped: boolean;
  title: string;
  onClose: () => void;
}) {
  const t = useAdhocFunnelsT();
  const profiles = useAdhocFunnelProfiles(props.workspaceId, props.run, props.step, props.dropped);
  return (
    <ProfilesBehind
      title={props.title}
      profiles={profiles}
      labels={{ empty: t('profilesEmpty'), more: t('more'), close: t('close'), anonymous: t('anonymous') }}
      onClose={props.onClose}
    />
  );
}
