import { useState, type FormEvent } from 'react';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useTranslation } from 'react-i18next';
import { useMarketMirrorT } from './messages';
import type { Question } from './shareText';
import { useSaveMarketMirrorAssessment } from './useSaveMarketMirrorAssessment';

/** The questionnaire, prefilled with the latest answers, saved as a new assessment. */
export function MirrorForm({
  workspaceId,
  canEdit,
  lang,
  questions,
  initial,
  onSaved,
}: {
  workspaceId: string;
  canEdit: boolean;
  lang: 'de' | 'en';
  questions: Question[];
  initial: Record<string, string>;
  onSaved: () => void;
}) {
  const t = useMarketMirrorT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const save = useSaveMarketMirrorAssessment(workspaceId);
  const [answers, setAnswers] = useState<Record<string, string>>(initial);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(answers).length === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    save.mutate(
      { answers },
      {
        onSuccess: () => {
          toast.success(t('form.saved'));
          onSaved();
        },
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  };

  return (
    <form className="mirror-form" onSubmit={submit} aria-labelledby="mirror-form-title">
      <h2 id="mirror-form-title">{t('form.title')}</h2>
      <p className="hint">{t('form.hint')}</p>
      <ol className="mirror-questions">
        {questions.map((q) => (
          <li key={q.key}>
            <fieldset className="mirror-question" data-question={q.key}>
              <legend>{lang === 'en' ? q.questionEn : q.questionDe}</legend>
              <p className="mirror-source">
                {q.figure
                  ? t('sourceFigure', { number: q.number, figure: q.figure.number, page: q.figure.page })
                  : t('source', { number: q.number })}
              </p>
              {q.options.map((o) => (
                <label key={o.key} className="mirror-option">
                  <input
                    type="radio"
                    name={q.key}
                    value={o.key}
                    checked={answers[q.key] === o.key}
                    disabled={!canEdit}
                    onChange={() => setAnswers({ ...answers, [q.key]: o.key })}
                  />
                  <span>{lang === 'en' ? o.labelEn : o.labelDe}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      {missing && (
        <p className="field-error" role="alert">
          {t('form.none')}
        </p>
      )}
      {canEdit ? (
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
      ) : (
        <p className="hint">{t('form.readOnly')}</p>
      )}
    </form>
  );
}
