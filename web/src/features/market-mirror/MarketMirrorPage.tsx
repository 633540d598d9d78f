import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useLang } from '../quickcheck/useLang';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './marketMirror.css';
import { useMarketMirrorT } from './messages';
import { MirrorComparison } from './MirrorComparison';
import { MirrorForm } from './MirrorForm';
import { MirrorGaps } from './MirrorGaps';
import { MirrorHistory } from './MirrorHistory';
import { MirrorProgress } from './MirrorProgress';
import { useMarketMirrorAssessments } from './useMarketMirrorAssessments';
import { useMarketMirrorQuestions } from './useMarketMirrorQuestions';

/**
 * Marktstudie-Spiegel: the 2016 market study's questions as a self-assessment. The latest assessment
 * is shown beside the study's figures with its gaps; every saved one stays in the history.
 */
export function MarketMirrorPage() {
  const t = useMarketMirrorT();
  const format = useFormat();
  const lang = useLang();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const questionnaire = useMarketMirrorQuestions(workspaceId);
  const assessments = useMarketMirrorAssessments(workspaceId);

  const failed = questionnaire.isError ? questionnaire : assessments.isError ? assessments : undefined;
  const latest = assessments.data?.[0];
  const questions = questionnaire.data?.questions ?? [];
  const scrollToResult = () => document.getElementById('mirror-result-title')?.scrollIntoView();

  return (
    <section className="page" aria-labelledby="market-mirror-title">
      <h1 id="market-mirror-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      {failed ? (
        <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : questionnaire.isPending || assessments.isPending ? (
        <Loading />
      ) : (
        <>
          {latest && (
            <section className="mirror-result" aria-labelledby="mirror-result-title">
              <h2 id="mirror-result-title">{t('result.title')}</h2>
              <p className="hint">
                {t('result.takenAt', { date: format.dateTime(latest.takenAt), name: latest.takenByName })}
              </p>
              <p className="mirror-score" data-testid="mirror-score">
                {t('result.score', {
                  atOrAbove: latest.score.atOrAbove,
                  answered: latest.score.answered,
                  percent: `${format.number(latest.score.share * 100, 0)} %`,
                })}
              </p>
              {latest.progress && (
                <MirrorProgress lang={lang} questions={questions} progress={latest.progress} />
              )}
              <MirrorGaps lang={lang} questions={questions} assessment={latest} />
              <MirrorComparison lang={lang} questions={questions} assessment={latest} />
            </section>
          )}
          <MirrorForm
            key={latest?.id ?? 'first'}
            workspaceId={workspaceId}
            canEdit={canEdit}
            lang={lang}
            questions={questions}
            initial={latest?.answers ?? {}}
            onSaved={() => window.setTimeout(scrollToResult, 0)}
          />
          <MirrorHistory assessments={assessments.data ?? []} />
        </>
      )}
    </section>
  );
}
