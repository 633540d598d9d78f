import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { QuickcheckAnswer } from '../../../../src/core/quickcheck';
import { LoadError, Loading } from '../../components/States';
import { useCatalogue } from '../catalogue/useCatalogue';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useQuickcheckT } from './messages';
import './quickcheck.css';
import { QuickcheckResultList } from './QuickcheckResultList';
import { QuickcheckRunList } from './QuickcheckRunList';
import { QuickcheckWizard, type Answers } from './QuickcheckWizard';
import { SavedRunView } from './SavedRunView';
import { SaveRunForm } from './SaveRunForm';
import { scoreWithCatalogue } from './scoreWithCatalogue';
import { useQuickcheckQuestions } from './useQuickcheckQuestions';
import { useQuickcheckRuns } from './useQuickcheckRuns';

type Mode =
  { kind: 'home' } | { kind: 'wizard'; step: number } | { kind: 'result'; answers: QuickcheckAnswer[] };

/**
 * The Quickcheck: answer 14 questions, see the ranking (scored in the browser, so it shows before saving),
 * save it, and work with saved runs (`?run=<id>`): export, print, compare, adopt.
 */
export function QuickcheckPage() {
  const t = useQuickcheckT();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const questions = useQuickcheckQuestions();
  const runs = useQuickcheckRuns(workspaceId);
  const catalogue = useCatalogue();
  const [params, setParams] = useSearchParams();
  const runId = params.get('run');
  const [mode, setMode] = useState<Mode>({ kind: 'home' });
  const [answers, setAnswers] = useState<Answers>([]);

  const localRows = useMemo(
    () =>
      mode.kind === 'result' ? scoreWithCatalogue(mode.answers, catalogue.data?.digitalInterfaces) : null,
    [mode, catalogue.data],
  );

  if (questions.isPending) return <Loading />;
  if (questions.isError)
    return <LoadError error={questions.error} onRetry={() => void questions.refetch()} />;
  const total = questions.data.questions.length;

  const openRun = (id: string | null) => {
    setMode({ kind: 'home' });
    setParams(id ? { run: id } : {});
  };
  const start = () => {
    setAnswers(Array.from({ length: total }, () => null));
    setParams({});
    setMode({ kind: 'wizard', step: 0 });
  };

  return (
    <div className="page qc-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="qc-intro">{t('intro')}</p>
      {!canEdit && <p className="hint">{t('result.viewerHint')}</p>}

      {mode.kind === 'wizard' && (
        <QuickcheckWizard
          data={questions.data}
          answers={answers}
          initialStep={mode.step}
          onAnswer={(index, answer) => setAnswers((all) => all.map((a, i) => (i === index ? answer : a)))}
          onEvaluate={(complete) => setMode({ kind: 'result', answers: complete })}
          onCancel={() => setMode({ kind: 'home' })}
        />
      )}

      {mode.kind === 'result' && (
        <section aria-labelledby="qc-local-title" data-testid="qc-local-result">
          <div className="qc-run-head">
            <div>
              <h2 id="qc-local-title">{t('result.title')}</h2>
              <p className="muted">{t('result.unsaved')}</p>
            </div>
            <button type="button" className="button" onClick={() => setMode({ kind: 'wizard', step: 0 })}>
              ✎ {t('result.editAnswers')}
            </button>
          </div>
          {canEdit && (
            <SaveRunForm
              workspaceId={workspaceId}
              answers={mode.answers}
              onSaved={(run) => {
                setAnswers([]);
                openRun(run.id);
              }}
            />
          )}
          {catalogue.isError && <p className="form-error">{t('result.loadFailed')}</p>}
          <p className="hint">{t('result.legend')}</p>
          {localRows && <QuickcheckResultList rows={localRows} />}
        </section>
      )}

      {mode.kind === 'home' && (
        <>
          <p>
            <button type="button" className="button button-primary" onClick={start}>
              ▶ {t('start')}
            </button>
          </p>
          {runId && (
            <SavedRunView workspaceId={workspaceId} runId={runId} runs={runs.data ?? []} canEdit={canEdit} />
          )}
          <section className="qc-runs" aria-labelledby="qc-runs-title">
            <h2 id="qc-runs-title">{t('runs.title')}</h2>
            {runs.isPending && <Loading />}
            {runs.isError && <LoadError error={runs.error} onRetry={() => void runs.refetch()} />}
            {runs.data && <QuickcheckRunList runs={runs.data} currentId={runId} onOpen={openRun} />}
          </section>
        </>
      )}
    </div>
  );
}
