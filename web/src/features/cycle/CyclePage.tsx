import { Link } from 'react-router-dom';
import type { CycleReportBody } from '../../../../src/contract/cycle';
import type { CycleLink, CycleStatus } from '../../../../src/core/cycle/cycleModel';
import { LoadError, Loading } from '../../components/States';
import { MarketMirrorLink } from '../market-mirror/MarketMirrorLink';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './cycle.css';
import { useCycleT, type CycleT } from './messages';
import { useCycle } from './useCycle';

type Step = CycleReportBody['stages'][number]['steps'][number];

const linkKey = {
  '/map': 'map',
  '/personas': 'personas',
  '/touchpoints': 'touchpoints',
  '/priorities': 'priorities',
  '/action-plan': 'actionPlan',
  '/monitoring': 'monitoring',
  '/tracking': 'tracking',
  '/alerts': 'alerts',
  '/strategy': 'strategy',
} as const satisfies Record<CycleLink, string>;

const statusBadge: Record<CycleStatus, string> = {
  not_started: 'badge badge-soft',
  in_progress: 'badge badge-mtm',
  done: 'badge badge-success',
};

function figure(t: CycleT, step: Step): string {
  const { done, total } = step.progress;
  // Plain counts have no total; the others read "12 of 34 …".
  return total === null
    ? t(`figures.${step.key}`, { count: done })
    : t(`figures.${step.key}`, { done, total });
}

type Hint = Step['hints'][number];

/** A hint in words; those about the market mirror link to it, where the self-assessment is made. */
function HintText({ hint, t }: { hint: Hint; t: CycleT }) {
  if (hint.code === 'market_mirror_missing' || hint.code === 'market_mirror_gaps') {
    const days = hint.days ?? 0;
    const when = days === 0 ? t('daysAgo.today') : t('daysAgo.days', { count: days });
    return (
      <Link to="/market-mirror" data-testid="cycle-market-mirror">
        {t(`hints.${hint.code}`, { count: hint.count, when })}
      </Link>
    );
  }
  return <>{t(`hints.${hint.code}`, { count: hint.count })}</>;
}

function StepItem({ step, isNext, t }: { step: Step; isNext: boolean; t: CycleT }) {
  return (
    <li
      className={`cycle-step${isNext ? ' cycle-step-next' : ''}`}
      data-testid="cycle-step"
      data-step={step.key}
    >
      <div className="cycle-step-head">
        <h3>{t(`steps.${step.key}.name`)}</h3>
        <span className={statusBadge[step.status]}>{t(`status.${step.status}`)}</span>
        {isNext && <span className="badge badge-danger">{t('nextBadge')}</span>}
      </div>
      <p className="hint">{t(`steps.${step.key}.question`)}</p>
      <p className="cycle-figure" data-testid="cycle-figure">
        {figure(t, step)}
      </p>
      {step.hints.length > 0 && (
        <ul className="cycle-hints">
          {step.hints.map((h) => (
            <li key={h.code}>
              <HintText hint={h} t={t} />
            </li>
          ))}
        </ul>
      )}
      <Link to={step.link} className="cycle-link">
        {t(`links.${linkKey[step.link]}`)} →
      </Link>
      {/* The Quickcheck finds the digital interfaces worth capturing; nothing else leads a new user there. */}
      {step.key === 'capture' && (
        <Link to="/quickcheck" className="cycle-also">
          {t('links.quickcheck')} →
        </Link>
      )}
    </li>
  );
}

/**
 * The workspace's home: the CTM cycle of the method (Ist-Analyse → Soll-Strategie → operative
 * Umsetzung → Monitoring), each step with its status, its figure and a link to the screen where it is done.
 */
export function CyclePage() {
  const t = useCycleT();
  const { workspaceId } = useCurrentWorkspace();
  const cycle = useCycle(workspaceId);
  const report = cycle.data;
  const nextStep = report?.next
    ? report.stages.flatMap((s) => s.steps).find((s) => s.key === report.next?.step)
    : undefined;

  return (
    // Opened again, the page shows the last report while it fetches the new one: busy until then, so
    // nobody follows a "next" link that is about to change.
    <div className="page page-wide cycle-page" aria-busy={cycle.isFetching}>
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="hint">{t('intro')}</p>
      {cycle.isPending && <Loading />}
      {cycle.isError && <LoadError error={cycle.error} onRetry={() => void cycle.refetch()} />}
      {report && (
        <>
          <p className="cycle-next" data-testid="cycle-next">
            {nextStep ? (
              <Link to={nextStep.link}>{t('next', { step: t(`steps.${nextStep.key}.name`) })} →</Link>
            ) : (
              t('allDone')
            )}
          </p>
          <ol className="cycle-stages">
            {report.stages.map((stage, i) => (
              <li
                key={stage.key}
                className="cycle-stage"
                data-testid="cycle-stage"
                aria-labelledby={`cycle-${stage.key}`}
              >
                <div className="cycle-stage-head">
                  <span className="cycle-stage-short">
                    {i + 1}. {t(`stages.${stage.key}.short`)}
                  </span>
                  <h2 id={`cycle-${stage.key}`}>{t(`stages.${stage.key}.name`)}</h2>
                  <span className={statusBadge[stage.status]}>{t(`status.${stage.status}`)}</span>
                </div>
                <ol className="cycle-steps">
                  {stage.steps.map((step) => (
                    <StepItem key={step.key} step={step} isNext={report.next?.step === step.key} t={t} />
                  ))}
                </ol>
                {stage.key === 'ist' && <MarketMirrorLink />}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
