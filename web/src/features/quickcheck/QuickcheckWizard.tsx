import { useEffect, useId, useRef, useState } from 'react';
import type { QuickcheckQuestions } from '../../../../src/contract/quickcheck';
import type { QuickcheckAnswer } from '../../../../src/core/quickcheck';
import { useQuickcheckT } from './messages';
import { useLang } from './useLang';

export type Answers = (QuickcheckAnswer | null)[];

interface QuickcheckWizardProps {
  data: QuickcheckQuestions;
  answers: Answers;
  onAnswer: (index: number, answer: QuickcheckAnswer) => void;
  onEvaluate: (answers: QuickcheckAnswer[]) => void;
  onCancel: () => void;
  initialStep?: number;
}

/** One question per step, a step list that shows what is still open, and the way to the result. */
export function QuickcheckWizard({
  data,
  answers,
  onAnswer,
  onEvaluate,
  onCancel,
  initialStep = 0,
}: QuickcheckWizardProps) {
  const t = useQuickcheckT();
  const lang = useLang();
  const [step, setStep] = useState(initialStep);
  const [showMissing, setShowMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const missingRef = useRef<HTMLDivElement>(null);
  const baseId = useId();

  const total = data.questions.length;
  const question = data.questions[step];
  const answeredCount = answers.filter((a) => a !== null).length;
  const missing = data.questions.map((q, i) => ({ q, i })).filter(({ i }) => answers[i] == null);

  useEffect(() => {
    // Focus follows the step only after the user moved, so screen readers read the new question.
    if (moved.current) heading.current?.focus();
  }, [step]);

  const goTo = (index: number) => {
    moved.current = true;
    setStep(Math.max(0, Math.min(total - 1, index)));
  };

  const evaluate = () => {
    if (missing.length === 0) {
      onEvaluate(answers as QuickcheckAnswer[]);
      return;
    }
    setShowMissing(true);
    window.setTimeout(() => missingRef.current?.focus(), 0);
  };

  if (!question) return null;
  const current = answers[step] ?? null;
  const category = (q: (typeof data.questions)[number]) => (lang === 'en' ? q.categoryEn : q.categoryDe);
  const explanationId = `${baseId}-explanation`;

  return (
    <section className="qc-wizard" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="visually-hidden">
        {t('wizard.title')}
      </h2>
      <div className="qc-progress">
        <label htmlFor={`${baseId}-progress`}>
          {t('wizard.progress', { answered: answeredCount, total })}
        </label>
        <progress id={`${baseId}-progress`} max={total} value={answeredCount} />
      </div>
      <nav aria-label={t('wizard.steps')}>
        <ol className="qc-steps">
          {data.questions.map((q, i) => {
            const done = answers[i] != null;
            const flagged = showMissing && !done;
            return (
              <li key={q.key}>
                <button
                  type="button"
                  className={`qc-step${done ? ' is-done' : ''}${flagged ? ' is-missing' : ''}`}
                  aria-current={i === step ? 'step' : undefined}
                  aria-label={t('wizard.stepLabel', {
                    number: i + 1,
                    category: category(q),
                    state: done ? t('wizard.answered') : t('wizard.open'),
                  })}
                  title={category(q)}
                  onClick={() => goTo(i)}
                  data-testid={`qc-step-${i + 1}`}
                >
                  <span aria-hidden="true">{i + 1}</span>
                  <span aria-hidden="true" className="qc-step-mark">
                    {done ? '✓' : flagged ? '!' : '○'}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      {showMissing && missing.length > 0 && (
        <div className="qc-missing" role="alert" tabIndex={-1} ref={missingRef}>
          <p>{t('wizard.missing', { count: missing.length })}</p>
          <ul>
            {missing.map(({ q, i }) => (
              <li key={q.key}>
                <button type="button" className="button button-small" onClick={() => goTo(i)}>
                  {t('wizard.goTo', { number: i + 1, category: category(q) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className={`qc-question panel${showMissing && current === null ? ' is-missing' : ''}`}>
        <p className="qc-question-number">{t('wizard.questionOf', { number: step + 1, total })}</p>
        <h3 ref={heading} tabIndex={-1} className="qc-category">
          {category(question)}
        </h3>
        <p className="qc-question-text">{lang === 'en' ? question.questionEn : question.questionDe}</p>
        <div className="qc-explanation" id={explanationId}>
          <strong>{t('wizard.explanation')}</strong>{' '}
          {lang === 'en' ? question.explanationEn : question.explanationDe}
        </div>
        <fieldset className="qc-answers" aria-describedby={explanationId}>
          <legend>{t('wizard.answerLegend')}</legend>
          {data.allowedAnswers.map((answer) => (
            <label key={answer.value} className={`qc-answer${current === answer.value ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name={`${baseId}-${question.key}`}
                value={answer.value}
                checked={current === answer.value}
                onChange={() => onAnswer(step, answer.value)}
              />
              <span>{lang === 'en' ? answer.labelEn : answer.labelDe}</span>
            </label>
          ))}
        </fieldset>
        <p className="hint">{t('wizard.shortcuts')}</p>
      </div>

      <div className="form-actions qc-nav">
        <button type="button" className="button" disabled={step === 0} onClick={() => goTo(step - 1)}>
          {t('wizard.back')}
        </button>
        {step < total - 1 && (
          <button type="button" className="button button-primary" onClick={() => goTo(step + 1)}>
            {t('wizard.next')}
          </button>
        )}
        <button
          type="button"
          className={`button${step === total - 1 ? ' button-primary' : ''}`}
          onClick={evaluate}
        >
          {t('wizard.evaluate')}
        </button>
        <div className="toolbar-spacer" />
        <button type="button" className="button button-ghost" onClick={onCancel}>
          {t('wizard.cancel')}
        </button>
      </div>
    </section>
  );
}
