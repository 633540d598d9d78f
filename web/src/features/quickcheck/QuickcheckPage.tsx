import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { QuickcheckAdoptResult } from '../../../../src/contract/quickcheck';
import type { QuickcheckAnswer } from '../../../../src/core/quickcheck';
import { LoadError, Loading } from '../../components/States';
import { useCatalogue } from '../catalogue/useCatalogue';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { AdoptPanel } from './AdoptPanel';
import { useQuickcheckT } from './messages';
import './quickcheck.css';
import { QuickcheckResultList } from './QuickcheckResultList';
import { QuickcheckRunList } from './QuickcheckRunList';
import { QuickcheckWizard, type Answers } from './QuickcheckWizard';
import { SavedRunView } from './SavedRunView';
import { SaveRunForm } from './SaveRunForm';
import { scoreWithCatalogue } from './scoreWithCatalogue';
import { useAdoptSelection } from './useAdoptSelection';
import { useQuickcheckQuestions } from './useQuickcheckQuestions';
import { useQuickcheckRuns } from './useQuickcheckRuns';

type Mode =
  { kind: 'home' } | { kind: 'wizard'; step: number } | { kind: 'result'; answers: QuickcheckAnswer[] };

/**
 * The Quickcheck: answer 14 questions, see the ranking (scored in the browser, so it shows before saving),
 * save it or adopt the top recommendations right away (which saves it too), and work with saved runs
 * (`?run=<id>`): export, print, compare, adopt.
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
  const [runName, setRunName] = useState('');
  const [adopted, setAdopted] = useState<{ runId: string; result: QuickcheckAdoptResult } | null>(null);

  const localRows = useMemo(
    () =>
      mode.kind === 'result' ? scoreWithCatalogue(mode.answers, catalogue.data?.digitalInterfaces) : null,
    [mode, catalogue.data],
  );
  const selection = useAdoptSelection(workspaceId, localRows);

  if (questions.isPending) return <Loading />;
  if (questions.isError)
    return <LoadError error={questions.error} onRetry={() => void questions.refetch()} />;
  const total = questions.data.questions.length;

  const openRun = (id: string | null) => {
    setMode({ kind: 'home' });
    setAdopted(null);
    setParams(id ? { run: id } : {});
  };
  const start = () => {
    setAnswers(Array.from({ length: total }, () => null));
    setRunName('');
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
              name={runName}
              onNameChange={setRunName}
              onSaved={(run) => {
                setAnswers([]);
                openRun(run.id);
              }}
            />
          )}
          {catalogue.isError && <p className="form-error">{t('result.loadFailed')}</p>}
          <p className="hint">{t('result.legend')}</p>
          <div className={canEdit ? 'qc-layout' : undefined}>
            {canEdit && (
              <aside className="qc-aside">
                <AdoptPanel
                  workspaceId={workspaceId}
                  source={{ answers: mode.answers, name: runName }}
                  selected={selection.ordered}
                  onAdopted={(runId, result) => {
                    setAnswers([]);
                    openRun(runId);
                    setAdopted({ runId, result });
                  }}
                />
              </aside>
            )}
            <div className="qc-main">
              {localRows && (
                <QuickcheckResultList
                  rows={localRows}
                  selection={canEdit && selection.ready ? selection : undefined}
                />
              )}
            </div>
          </div>
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
            <SavedRunView
              workspaceId={workspaceId}
              runId={runId}
              runs={runs.data ?? []}
              canEdit={canEdit}
              adopted={adopted?.runId === runId ? adopted.result : null}
            />
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
