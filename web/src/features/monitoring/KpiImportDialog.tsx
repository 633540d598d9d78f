import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../src/contract/kpis';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { validateKpiValuesCsv, type KpiCsvProblem, type KpiCsvRow } from './kpiValuesCsv';
import { useMonitoringT } from './messages';
import { KpiImportStopped, useImportKpiValues } from './useImportKpiValues';
import { readChosenFile } from '../../components/readChosenFile';
import { CsvFileField } from '../../components/CsvFileField';

interface KpiImportDialogProps {
  workspaceId: string;
  touchpoints: readonly Touchpoint[];
  kpis: readonly Kpi[];
  onClose: () => void;
}

interface Stopped {
  savedLines: number[];
  failedLine: number;
  reason: string;
  remaining: KpiCsvRow[];
}

const EXAMPLE = 'date,touchpoint,kpi,value,note\n2026-01-31,Website,Anfragen pro Monat,42,Januar';

/**
 * Imports KPI values from a CSV file: checked in the browser first (every bad row by line, nothing
 * saved if any is bad), then saved value by value with a progress bar. If the server refuses a value
 * midway, the dialog says which rows are saved and offers to go on from the failed one.
 */
export function KpiImportDialog({ workspaceId, touchpoints, kpis, onClose }: KpiImportDialogProps) {
  const t = useMonitoringT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const importValues = useImportKpiValues(workspaceId, (done, total) => setProgress({ done, total }));
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<KpiCsvProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const fileId = useId();

  const run = (rows: KpiCsvRow[], savedBefore: number[]) => {
    setStopped(null);
    importValues.mutate(rows, {
      onSuccess: (saved) => {
        toast.success(t('import.done', { count: savedBefore.length + saved.length }));
        onClose();
      },
      onError: (error) => {
        if (!(error instanceof KpiImportStopped)) {
          toast.error(errorMessage(shellT, error));
          return;
        }
        const reason = errorMessage(shellT, error.cause).replace(/[.!]\s*$/, '');
        setStopped({
          savedLines: [...savedBefore, ...error.savedLines],
          failedLine: error.failedLine,
          reason,
          remaining: rows.filter((r) => r.line >= error.failedLine),
        });
        toast.error(reason);
      },
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    setMessage(null);
    setStopped(null);
    const read = await readChosenFile(file, {
      none: t('import.chooseFile'),
      unreadable: t('import.readFailed'),
      undecodable: (problem) => t('import.encoding', problem),
    });
    if (!read.ok) {
      setMessage(read.message);
      return;
    }
    const text = read.text;
    const checked = validateKpiValuesCsv(text, touchpoints, kpis);
    if (!checked.ok) {
      setProblems(checked.problems);
      setMessage(t('import.invalid', { count: new Set(checked.problems.map((p) => p.line)).size }));
      return;
    }
    run(checked.rows, []);
  };

  const total = stopped ? stopped.savedLines.length + stopped.remaining.length : progress.total;
  return (
    <Dialog open title={t('import.title')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="hint">{t('import.intro')}</p>
        <p className="hint">
          {t('import.example')}: <code className="mon-code">{EXAMPLE}</code>
        </p>
        <CsvFileField
          id={fileId}
          label={t('import.file')}
          invalid={Boolean(message)}
          accept=".csv,.txt,text/csv,text/plain"
          onChoose={(chosen) => {
            setFile(chosen);
            setProblems([]);
            setMessage(null);
            setStopped(null);
          }}
        />
        {message && (
          <div
            className="mon-import-errors"
            id={`${fileId}-error`}
            role="alert"
            data-testid="kpi-import-errors"
          >
            <p className="field-error">{message}</p>
            {problems.length > 0 && (
              <ul>
                {problems.map((p, i) => (
                  <li key={`${p.line}-${p.code}-${i}`}>
                    <strong>{t('import.line', { line: p.line })}:</strong>{' '}
                    {t(`import.problems.${p.code}`, p.params)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {(importValues.isPending || stopped) && total > 0 && (
          <div className="mon-progress" role="status">
            <label htmlFor={`${fileId}-progress`}>
              {t('import.progress', { done: stopped ? stopped.savedLines.length : progress.done, total })}
            </label>
            <progress
              id={`${fileId}-progress`}
              max={total}
              value={stopped ? stopped.savedLines.length : progress.done}
            />
          </div>
        )}
        {stopped && (
          <div className="mon-import-errors" role="alert" data-testid="kpi-import-stopped">
            <p className="field-error">
              {stopped.savedLines.length > 0
                ? t('import.stopped', {
                    line: stopped.failedLine,
                    reason: stopped.reason,
                    count: stopped.savedLines.length,
                    total,
                    lines: stopped.savedLines.join(', '),
                  })
                : t('import.stoppedNone', { line: stopped.failedLine, reason: stopped.reason })}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => run(stopped.remaining, stopped.savedLines)}
              disabled={importValues.isPending}
            >
              {t('import.retry', { line: stopped.failedLine })}
            </button>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={importValues.isPending}>
            {t('import.check')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {shellT('common.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
