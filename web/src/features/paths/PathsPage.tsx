import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { PathNodeOut, PathsPeriod } from '../../../../src/contract/paths';
import { PeriodFields } from '../../components/PeriodFields';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { lastDays } from '../analytics/dateRange';
import { usePersonas } from '../personas/usePersonas';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { usePathsT } from './messages';
import './paths.css';
import { PathsSankey } from './PathsSankey';
import type { PathsRequest } from './pathsRequest';
import { ProfilesBehind } from './ProfilesBehind';
import { usePathProfiles, usePaths } from './usePaths';

const DEPTHS = ['2', '3', '4', '5', '6', '7', '8', '9', '10'];

/**
 * Pfade: the most frequent ways from a start touchpoint or to a goal, as a Sankey (on a phone as
 * tables), with the drop-off after each step; every count opens the people behind it.
 */
export function PathsPage() {
  const t = usePathsT();
  const format = useFormat();
  const { workspaceId } = useCurrentWorkspace();
  const touchpoints = useTouchpoints(workspaceId);
  const personas = usePersonas(workspaceId);
  const [draft, setDraft] = useState<PathsRequest>(() => ({
    direction: 'start',
    touchpointId: '',
    depth: '5',
    collapse: true,
    ...lastDays(30),
    compareFrom: '',
    compareTo: '',
    persona: '',
    channel: '',
  }));
  const [request, setRequest] = useState(draft);
  const [comparing, setComparing] = useState(false);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const [shown, setShown] = useState<string | null>(null);
  const paths = usePaths(workspaceId, request);

  const nodeLabel = useCallback(
    (n: Pick<PathNodeOut, 'kind' | 'name'>) =>
      n.kind === 'end' ? t('end') : n.kind === 'start' ? t('start') : (n.name ?? ''),
    [t],
  );
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
  const shownNode = shown === null ? undefined : paths.data?.nodes.find((n) => n.id === shown);
  const nameOf = useMemo(
    () => new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp.name])),
    [touchpoints.data],
  );
  const figure = (n: PathNodeOut) =>
    n.profiles === 0 ? (
      format.plain(n.profiles)
    ) : (
      <button
        type="button"
        className="pa-figure-button"
        aria-label={t('showProfiles', { count: format.plain(n.profiles), name: nodeLabel(n) })}
        onClick={() => setShown(n.id)}
      >
        {format.plain(n.profiles)}
      </button>
    );
  const pathText = (p: PathsPeriod['paths'][number]) => {
    const names = p.touchpointIds.map((id) => nameOf.get(id) ?? id);
    if (request.direction === 'start') return [...names, p.open ? '…' : t('end')].join(' → ');
    return [p.open ? '…' : t('start'), ...names].join(' → ');
  };

  return (
    <section className="page" aria-labelledby="paths-title">
      <h1 id="paths-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar fn-filters" onSubmit={apply}>
        <Field label={t('direction')}>
          {(props) => (
            <select
              {...props}
              value={draft.direction}
              onChange={(e) => setDraft({ ...draft, direction: e.target.value === 'end' ? 'end' : 'start' })}
            >
              <option value="start">{t('fromStart')}</option>
              <option value="end">{t('toEnd')}</option>
            </select>
          )}
        </Field>
        <Field label={t('touchpoint')}>
          {(props) => (
            <select
              {...props}
              value={draft.touchpointId}
              data-testid="paths-touchpoint"
              onChange={(e) => setDraft({ ...draft, touchpointId: e.target.value })}
            >
              <option value="">{t('choose')}</option>
              {(touchpoints.data ?? []).map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('depth')}>
          {(props) => (
            <select
              {...props}
              value={draft.depth}
              onChange={(e) => setDraft({ ...draft, depth: e.target.value })}
            >
              {DEPTHS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.collapse}
            onChange={(e) => setDraft({ ...draft, collapse: e.target.checked })}
          />{' '}
          {t('collapse')}
        </label>
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
      {request.touchpointId === '' ? (
        <Empty>{t('pickFirst')}</Empty>
      ) : paths.isPending ? (
        <Loading />
      ) : paths.isError ? (
        <LoadError error={paths.error} onRetry={() => void paths.refetch()} />
      ) : (
        <>
          <p data-testid="paths-totals">
            {t('totals', {
              profiles: format.plain(paths.data.profiles),
              name: paths.data.anchor.name,
              shown: format.plain(paths.data.shownProfiles),
            })}
            {paths.data.compare &&
              ` · ${t('compareTotals', {
                from: format.date(paths.data.compare.from),
                to: format.date(paths.data.compare.to),
                profiles: format.plain(paths.data.compare.profiles),
              })}`}
          </p>
          {paths.data.profiles === 0 ? (
            <Empty>{t('empty')}</Empty>
          ) : (
            <>
              <section className="panel" aria-label={t('chartTitle')}>
                <PathsSankey period={paths.data} nodeLabel={nodeLabel} onNode={setShown} />
              </section>
              <section className="panel" aria-labelledby="paths-nodes-title">
                <h2 id="paths-nodes-title">{t('nodesTitle')}</h2>
                <div className="pa-scroll">
                  <table className="table" data-testid="paths-nodes">
                    <thead>
                      <tr>
                        <th scope="col">{t('table.level')}</th>
                        <th scope="col">{t('table.node')}</th>
                        <th scope="col">{t('table.profiles')}</th>
                        <th scope="col">{t('table.dropOff')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {paths.data.nodes.map((n) => (
                        <tr key={n.id}>
                          <td>{format.plain(n.level + 1)}</td>
                          <th scope="row">{nodeLabel(n)}</th>
                          <td>{figure(n)}</td>
                          <td>{n.kind === 'touchpoint' ? format.plain(n.dropOff) : ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section className="panel" aria-labelledby="paths-list-title">
                <h2 id="paths-list-title">{t('pathsTitle')}</h2>
                <div className="pa-scroll">
                  <table className="table" data-testid="paths-list">
                    <thead>
                      <tr>
                        <th scope="col">{t('table.path')}</th>
                        <th scope="col">{t('table.profiles')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {paths.data.paths.map((p) => (
                        <tr key={`${p.touchpointIds.join(' ')}${String(p.open)}`}>
                          <td>{pathText(p)}</td>
                          <td>{format.plain(p.profiles)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          )}
          {shown !== null && shownNode && (
            <PathProfiles
              key={shown}
              workspaceId={workspaceId}
              request={request}
              node={shown}
              title={t('profilesTitle', {
                name: `${nodeLabel(shownNode)} (${format.plain(shownNode.level + 1)})`,
              })}
              onClose={() => setShown(null)}
            />
          )}
        </>
      )}
    </section>
  );
}

function PathProfiles(props: {
  workspaceId: string;
  request: PathsRequest;
  node: string;
  title: string;
  onClose: () => void;
}) {
  const t = usePathsT();
  const profiles = usePathProfiles(props.workspaceId, props.request, props.node);
  return (
    <ProfilesBehind
      title={props.title}
      profiles={profiles}
      labels={{ empty: t('profilesEmpty'), more: t('more'), close: t('close'), anonymous: t('anonymous') }}
      onClose={props.onClose}
    />
  );
}
