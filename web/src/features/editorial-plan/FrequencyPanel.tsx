import type { FrequencyStatus } from '../../../../src/contract/editorialPlan';
import { useEditorialT } from './messages';

const BADGE = { no_target: 'badge-soft', on_plan: 'badge-success', behind: 'badge-danger' } as const;
const WORD = {
  no_target: 'frequency.noTarget',
  on_plan: 'frequency.onPlan',
  behind: 'frequency.behind',
} as const;

/** Each channel's plan against its frequency target ("LinkedIn: 2 per week; 1 of 4 planned"). */
export function FrequencyPanel({ status }: { status: FrequencyStatus[] }) {
  const t = useEditorialT();
  return (
    <section className="ep-panel" data-testid="editorial-frequency" aria-labelledby="ep-frequency-title">
      <h2 id="ep-frequency-title">{t('frequency.title')}</h2>
      <ul className="ep-panel-list">
        {status.map((s) => (
          <li key={s.channelId} data-testid="frequency-row" data-channel={s.channelName}>
            <div className="ep-panel-row">
              <strong>{s.channelName}</strong>
              {s.targetCount !== null && (
                <span className="muted">
                  {t(s.targetPeriod === 'week' ? 'frequency.target_week' : 'frequency.target_month', {
                    count: s.targetCount,
                  })}
                </span>
              )}
              <span className={`badge ${BADGE[s.status]}`} data-testid="frequency-status">
                {t(WORD[s.status])}
              </span>
            </div>
            {s.status !== 'no_target' && (
              <p className="ep-panel-detail">
                {t('frequency.coming', {
                  planned: s.coming.planned,
                  expected: s.coming.expected,
                  days: s.windowDays,
                })}
                <br />
                {t('frequency.past', { published: s.past.published, days: s.windowDays })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
