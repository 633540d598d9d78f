import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useActionPlanT } from './messages';
import { translateRowProblem } from './translateRowProblem';
import { useImportMeasures } from './useImportMeasures';
import { CsvFileField } from '../../components/CsvFileField';

interface RowProblem {
  line: number;
  column?: string;
  message: string;
}

function rowProblems(error: unknown): RowProblem[] {
  if (!isApiError(error) || !Array.isArray(error.details.rows)) return [];
  return error.details.rows.filter(
    (r): r is RowProblem =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as RowProblem).line === 'number' &&
      typeof (r as RowProblem).message === 'string',
  );
}

/** Uploads an action plan CSV with a progress bar; if any row is bad, lists every bad row by line. */
export function ImportDialog({ workspaceId, onClose }: { workspaceId: string; onClose: () => void }) {
  const t = useActionPlanT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const [progress, setProgress] = useState(0);
  const importCsv = useImportMeasures(workspaceId, setProgress);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const fileId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    setMessage(null);
    if (!file) {
      setMessage(t('import.chooseFile'));
      return;
    }
    setProgress(0);
    importCsv.mutate(file, {
      onSuccess: (result) => {
        toast.success(t('import.done', result));
        onClose();
      },
      onError: (error) => {
        const rows = rowProblems(error);
        setProblems(rows);
        setMessage(rows.length ? t('import.failed') : errorMessage(shellT, error));
        toast.error(errorMessage(shellT, error));
      },
    });
  };

  const percent = Math.round(progress * 100);
  return (
    <Dialog open title={t('import.title')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="hint">{t('import.intro')}</p>
        <CsvFileField
          id={fileId}
          label={t('import.file')}
          invalid={Boolean(message)}
          onChoose={(chosen) => {
            setFile(chosen);
            setProblems([]);
            setMessage(null);
          }}
        />
        {importCsv.isPending && (
          <div className="ap-upload" role="status">
            <label htmlFor={`${fileId}-progress`}>
              {progress < 1 ? t('import.uploading', { percent }) : t('import.processing')}
            </label>
            <progress id={`${fileId}-progress`} max={100} value={percent} aria-label={t('import.progress')} />
          </div>
        )}
        {message && (
          <div className="ap-import-errors" id={`${fileId}-error`} role="alert" data-testid="import-errors">
            <p className="field-error">{message}</p>
            {problems.length > 0 && (
              <ul>
                {problems.map((p, i) => (
                  <li key={`${p.line}-${p.column ?? ''}-${i}`}>
                    <strong>
                      {p.column
                        ? t('import.lineColumn', { line: p.line, column: p.column })
                        : t('import.line', { line: p.line })}
                      :
                    </strong>{' '}
                    {translateRowProblem(t, shellT, p.message)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={importCsv.isPending}>
            {t('import.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
