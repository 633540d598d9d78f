import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MomentCandidate } from '../../../../src/contract/moments';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { lastDays } from '../analytics/dateRange';
import { usePersonas } from '../personas/usePersonas';
import { useUpdateTouchpoint } from '../touchpoints/useUpdateTouchpoint';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { LiftChart } from './LiftChart';
import { useMomentsT } from './messages';
import { MomentProfiles } from './MomentProfiles';
import './moments.css';
import type { MomentsRequest } from './momentsQuery';
import { useMoments } from './useMoments';

/** How many candidates the chart shows: beyond that the bars get too thin to read. */
const CHART_ROWS = 12;

/**
 * Momente der Wahrheit, gemessen: which touchpoints lift conversion, with the journeys behind each
 * figure and its 95 % interval, beside the hand-set flag; adopting a candidate sets the flag through the
 * touchpoint update. Below, the busy touchpoints customers rate low.
 */
export function MomentsPage() {
  const t = useMomentsT();
  const { t: shellT } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const personas = usePersonas(workspaceId);
  const update = useUpdateTouchpoint(workspaceId);
  const [request, setRequest] = useState<MomentsRequest>(() => ({
    ...lastDays(30),
    persona: '',
    channel: '',
    minJourneys: '30',
  }));
  const [draft, setDraft] = useState(request);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const [shown, setShown] = useState<{ id: string; name: string; group: 'with' | 'without' } | null>(null);
  const moments = useMoments(workspaceId, request);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.from > draft.to) {
      setRangeError(t('rangeError'));
      return;
    }
    setRangeError(undefined);
    setShown(null);
    setRequest(draft);
  };
  const pct = (v: number | null) => (v === null ? t('noData') : `${format.number(v * 100, 1)} %`);
  const pp = (v: number | null) => (v === null ? t('noData') : t('pp', { n: format.number(v * 100, 1) }));
  const adopt = (c: MomentCandidate) =>
    update.mutate(
      { id: c.touchpointId, patch: { momentThatMatters: true } },
      {
        onSuccess: () => {
          toast.success(t('adopted', { name: c.name }));
          void queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'analytics', 'moments'] });
        },
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  const figure = (c: MomentCandidate, group: 'with' | 'without') => {
    const count = group === 'with' ? c.journeysWith : c.journeysWithout;
    return count === 0 ? (
      format.plain(count)
    ) : (
      <button
        type="button"
        className="mm-figure-button"
        aria-label={t(group === 'with' ? 'showWith' : 'showWithout', {
          count: format.plain(count),
          name: c.name,
        })}
        onClick={() => setShown({ id: c.touchpointId, name: c.name, group })}
      >
        {format.plain(count)}
      </button>
    );
  };
  const measured = (c: MomentCandidate) =>
    !c.enoughJourneys ? (
      <span className="muted">{t('measured.tooFew')}</span>
    ) : (c.interval?.low ?? 0) > 0 ? (
      <span className="mm-candidate">{t('measured.candidate')}</span>
    ) : (
      <span className="muted">{t('measured.none')}</span>
    );

  return (
    <section className="page" aria-labelledby="moments-title">
      <h1 id="moments-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar mm-filters" onSubmit={apply}>
        <DateField
          label={t('from')}
          error={rangeError}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateField label={t('to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
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
        <Field label={t('minJourneys')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={1_000_000}
              value={draft.minJourneys}
              onChange={(e) => setDraft({ ...draft, minJourneys: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>
      {moments.isPending ? (
        <Loading />
      ) : moments.isError ? (
        <LoadError error={moments.error} onRetry={() => void moments.refetch()} />
      ) : (
        <>
          <p data-testid="moments-totals">
            {t('totals', {
              journeys: format.plain(moments.data.journeys),
              conversions: format.plain(moments.data.conversions),
            })}
          </p>
          {moments.data.journeys === 0 ? (
            <Empty>{t('empty')}</Empty>
          ) : (
            <>
              {moments.data.candidates.some((c) => c.enoughJourneys && c.interval) && (
                <section className="panel" aria-labelledby="moments-chart-title">
                  <h2 id="moments-chart-title">{t('chartTitle')}</h2>
                  <p className="hint">
                    {t('chartHint', {
                      count: Math.min(
                        CHART_ROWS,
                        moments.data.candidates.filter((c) => c.enoughJourneys && c.interval).length,
                      ),
                    })}
                  </p>
                  <LiftChart
                    candidates={moments.data.candidates
                      .filter((c) => c.enoughJourneys && c.interval)
                      .slice(0, CHART_ROWS)}
                    onTouchpoint={(id) => {
                      const c = moments.data.candidates.find((x) => x.touchpointId === id);
                      if (c) setShown({ id, name: c.name, group: 'with' });
                    }}
                  />
                </section>
              )}
              <section className="panel" aria-labelledby="moments-table-title">
                <h2 id="moments-table-title">{t('title')}</h2>
                <div className="mm-scroll">
                  <table className="table" data-testid="moments-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('table.touchpoint')}</th>
                        <th scope="col">{t('table.journeysWith')}</th>
                        <th scope="col">{t('table.rateWith')}</th>
                        <th scope="col">{t('table.journeysWithout')}</th>
                        <th scope="col">{t('table.rateWithout')}</th>
                        <th scope="col">{t('table.lift')}</th>
                        <th scope="col">{t('table.interval')}</th>
                        <th scope="col">{t('table.ratio')}</th>
                        <th scope="col">{t('table.measured')}</th>
                        <th scope="col">{t('table.flag')}</th>
                        {canEdit && <th scope="col">{t('table.action')}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {moments.data.candidates.map((c) => (
                        <tr key={c.touchpointId} data-testid={`moment-row-${c.touchpointId}`}>
                          <th scope="row">
                            <Link to={`/touchpoints/${c.touchpointId}`}>{c.name}</Link>
                          </th>
                          <td>{figure(c, 'with')}</td>
                          <td>{pct(c.rateWith)}</td>
                          <td>{figure(c, 'without')}</td>
                          <td>{pct(c.rateWithout)}</td>
                          <td className="mm-nowrap">{pp(c.liftDifference)}</td>
                          <td className="mm-nowrap">
                            {c.interval
                              ? `${format.number(c.interval.low * 100, 1)} … ${format.number(c.interval.high * 100, 1)}`
                              : t('noData')}
                          </td>
                          <td>{c.liftRatio === null ? t('noData') : `× ${format.number(c.liftRatio, 2)}`}</td>
                          <td>{measured(c)}</td>
                          <td>
                            {c.momentThatMatters ? (
                              <span className="badge badge-mtm">
                                <span aria-hidden="true">◆ </span>
                                {t('flagged')}
                              </span>
                            ) : (
                              <span className="muted">{t('notFlagged')}</span>
                            )}
                          </td>
                          {canEdit && (
                            <td>
                              {!c.momentThatMatters && (
                                <button
                                  type="button"
                                  className="button button-small"
                                  disabled={update.isPending}
                                  aria-label={t('adoptLabel', { name: c.name })}
                                  onClick={() => adopt(c)}
                                >
                                  {t('adopt')}
                                </button>
                              )}
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              {shown && (
                <MomentProfiles
                  key={`${shown.id}-${shown.group}`}
                  workspaceId={workspaceId}
                  request={request}
                  touchpoint={shown.id}
                  name={shown.name}
                  group={shown.group}
                  onClose={() => setShown(null)}
                />
              )}
            </>
          )}
          <section className="panel" aria-labelledby="low-rated-title" data-testid="low-rated">
            <h2 id="low-rated-title">{t('lowRated.title')}</h2>
            <p className="hint">
              {t('lowRated.hint', {
                median: format.plain(moments.data.medianPeople),
                below: format.plain(moments.data.ratingBelow),
              })}
            </p>
            {moments.data.lowRated.length === 0 ? (
              <p>{t('lowRated.none')}</p>
            ) : (
              <div className="mm-scroll">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('table.touchpoint')}</th>
                      <th scope="col">{t('lowRated.people')}</th>
                      <th scope="col">{t('lowRated.rating')}</th>
                      <th scope="col">{t('lowRated.ratings')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {moments.data.lowRated.map((r) => (
                      <tr key={r.touchpointId}>
                        <th scope="row">
                          <Link to={`/touchpoints/${r.touchpointId}`}>{r.name}</Link>
                        </th>
                        <td>{format.plain(r.people)}</td>
                        <td>★ {format.number(r.averageRating, 1)}</td>
                        <td>{format.plain(r.ratings)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
