import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import './leads.css';
import { useLeadsT } from './messages';
import { useChangeStage, useProfileScore, useStageHistory, useStages } from './useLeadScoring';
import { useStageName } from './useStageName';

/** On the profile page: stage (editors change it, with a reason), score, its explanation and the stage history. */
export function ProfileScorePanel({
  workspaceId,
  profileId,
  canEdit,
}: {
  workspaceId: string;
  profileId: string;
  canEdit: boolean;
}) {
  const t = useLeadsT();
  const format = useFormat();
  const toast = useToast();
  const { t: shellT } = useTranslation();
  const score = useProfileScore(workspaceId, profileId);
  const history = useStageHistory(workspaceId, profileId);
  const stages = useStages(workspaceId);
  const stageName = useStageName(stages.data?.stages);
  const change = useChangeStage(workspaceId, profileId);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  if (score.isPending) return <Loading />;
  if (score.isError) return <LoadError error={score.error} onRetry={() => void score.refetch()} />;
  const s = score.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    change.mutate(
      { stage: to, reason },
      {
        onSuccess: () => {
          toast.success(t('profile.moved'));
          setReason('');
        },
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="profile-score" data-testid="profile-score">
      <h2 id="profile-score">{t('profile.title')}</h2>
      <dl className="cu-facts">
        <dt>{t('profile.stage')}</dt>
        <dd data-testid="profile-stage">{stageName(s.stage)}</dd>
        <dt>{t('profile.score')}</dt>
        <dd data-testid="profile-score-total">
          {s.updatedAt ? format.plain(s.total) : t('profile.notScored')}
        </dd>
        <dt>{t('profile.fit')}</dt>
        <dd>{format.plain(s.fit)}</dd>
        <dt>{t('profile.engagement')}</dt>
        <dd>{format.plain(s.engagement)}</dd>
        {s.predicted !== null && (
          <>
            <dt>{t('profile.predicted')}</dt>
            <dd>{format.number(s.predicted * 100, 0)} %</dd>
          </>
        )}
      </dl>
      {s.lines.length > 0 && (
        <>
          <h3>{t('profile.explanation')}</h3>
          <ul className="ls-lines" data-testid="score-lines">
            {s.lines.map((l) => (
              <li key={l.ruleId}>
                <span>
                  {l.ruleName}
                  {l.kind === 'engagement' && <> · {t('profile.events', { count: l.count })}</>}
                  {l.capped && <> · {t('profile.capped')}</>}
                </span>
                <strong className={l.points < 0 ? 'neg' : ''}>
                  {l.points > 0 ? '+' : ''}
                  {format.plain(l.points)}
                </strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit && stages.data && (
        <form className="ls-form" onSubmit={submit}>
          <label>
            {t('profile.to')}
            <select value={to} onChange={(e) => setTo(e.target.value)} required>
              <option value="" />
              {stages.data.stages
                .filter((x) => x.key !== s.stage)
                .map((x) => (
                  <option key={x.key} value={x.key}>
                    {stageName(x.key)}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('profile.reason')}
            <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={change.isPending}>
            {t('profile.save')}
          </button>
        </form>
      )}
      <h3>{t('profile.history')}</h3>
      {history.data && history.data.length === 0 && <p className="hint">{t('profile.noHistory')}</p>}
      <ul className="ls-lines" data-testid="stage-history">
        {history.data?.map((h) => (
          <li key={h.id}>
            <span>
              {stageName(h.from)} → {stageName(h.to)} · {t(`profile.causes.${h.cause}`)}
              {h.actor && <> · {h.actor}</>}
              {h.reason && <> · „{h.reason}“</>}
            </span>
            <span className="hint">{format.dateTime(h.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
