import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { importKinds, type ImportJob, type ImportKind } from '../../../../src/contract/imports';
import { Field, FieldSet } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { BadRows } from './BadRows';
import './imports.css';
import { JobProgress } from './JobProgress';
import { useImportsT } from './messages';
import { NewsletterFields, type NewsletterValues } from './NewsletterFields';
import { useStartNewsletterImport } from './useStartNewsletterImport';
import { useImportJob, useImportJobs } from './useImportJobs';
import { useStartImport } from './useStartImport';

/** What the screen imports: a history kind, or a newsletter tool's campaign export. */
const choices = [...importKinds, 'newsletter'] as const;
type Choice = (typeof choices)[number];

/**
 * CSV history and newsletter-tool imports: upload with progress, then the job's progress until done,
 * its bad rows and earlier jobs.
 */
export function ImportsPage() {
  const t = useImportsT();
  const toast = useToast();
  const format = useFormat();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const [kind, setKind] = useState<Choice>('contacts');
  const [newsletter, setNewsletter] = useState<NewsletterValues>({
    tool: 'auto',
    subject: '',
    sentAt: '',
    campaign: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [upload, setUpload] = useState(0);
  const [runningJobId, setRunningJobId] = useState<string | null>(null);
  const [finished, setFinished] = useState<ImportJob | null>(null);
  const [shownJobId, setShownJobId] = useState<string | null>(null);
  const startHistory = useStartImport(workspaceId, setUpload, setRunningJobId);
  const startNewsletter = useStartNewsletterImport(workspaceId, setUpload, setRunningJobId);
  const start = kind === 'newsletter' ? startNewsletter : startHistory;
  const jobs = useImportJobs(workspaceId, start.isPending);
  const shown = useImportJob(workspaceId, shownJobId);
  const { errors, fail, clear } = useFormErrors();

  const running = start.isPending && runningJobId ? jobs.data?.find((j) => j.id === runningJobId) : undefined;
  const current = finished ?? running ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    if (!file) {
      setFileError(t('noFile'));
      return;
    }
    setFileError(undefined);
    setFinished(null);
    setUpload(0);
    setRunningJobId(null);
    const handlers = {
      onSuccess: (job: ImportJob) => {
        setFinished(job);
        toast.success(
          t('done', { imported: format.plain(job.rowsImported), bad: format.plain(job.badRows) }),
        );
      },
      onError: (error: unknown) => {
        setRunningJobId(null);
        fail(error);
      },
    };
    if (kind === 'newsletter') startNewsletter.mutate({ file, ...newsletter }, handlers);
    else startHistory.mutate({ kind: kind satisfies ImportKind, file }, handlers);
  };

  return (
    <section className="page" aria-labelledby="imports-title">
      <h1 id="imports-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      {canEdit ? (
        <form className="panel" onSubmit={submit} data-testid="import-form">
          <FieldSet legend={t('kind')} error={errors.kind}>
            <div className="inline-options">
              {choices.map((k) => (
                <label key={k} className="checkbox">
                  <input
                    type="radio"
                    name="import-kind"
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />{' '}
                  {t(`kinds.${k}`)}
                </label>
              ))}
            </div>
            <p className="field-hint">{t(`kindHints.${kind}`)}</p>
          </FieldSet>
          {kind === 'newsletter' && (
            <NewsletterFields values={newsletter} onChange={setNewsletter} errors={errors} />
          )}
          <Field label={t('file')} hint={t('fileHint')} error={fileError ?? errors.file}>
            {(props) => (
              <input
                {...props}
                type="file"
                accept={
                  kind === 'newsletter'
                    ? '.csv,.txt,.json,text/csv,text/plain,application/json'
                    : '.csv,.txt,text/csv,text/plain'
                }
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={start.isPending}>
              {t('submit')}
            </button>
          </div>
          {start.isPending && (
            <p>
              <label>
                {t('uploading', { percent: Math.round(upload * 100) })}{' '}
                <progress max={100} value={Math.round(upload * 100)} aria-label={t('upload')} />
              </label>
            </p>
          )}
        </form>
      ) : (
        <p className="banner">{t('viewerHint')}</p>
      )}
      {current && (
        <section className="panel im-current" aria-label={t('progress')}>
          <h2>{current.fileName}</h2>
          <JobProgress job={current} />
          {current.status !== 'running' && <BadRows job={current} />}
          {current.kind === 'newsletter' && current.status === 'done' && current.mailingId && (
            <p>
              <Link className="button" to={`/email/${current.mailingId}/kpis`}>
                {t('newsletter.mailing')}
              </Link>
            </p>
          )}
        </section>
      )}
      <h2>{t('history')}</h2>
      <QueryContent query={jobs} empty={t('none')}>
        {(data) => (
          <div className="im-scroll">
            <table className="table" data-testid="import-jobs">
              <thead>
                <tr>
                  <th scope="col">{t('columns.file')}</th>
                  <th scope="col">{t('columns.kind')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col">{t('columns.started')}</th>
                  <th scope="col">{t('columns.rows')}</th>
                  <th scope="col">{t('columns.imported')}</th>
                  <th scope="col">{t('columns.duplicates')}</th>
                  <th scope="col">{t('columns.bad')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((j) => (
                  <tr key={j.id} data-testid="import-job">
                    <th scope="row">{j.fileName}</th>
                    <td>{t(`kinds.${j.kind}`)}</td>
                    <td>{t(`statuses.${j.status}`)}</td>
                    <td>{format.dateTime(j.createdAt)}</td>
                    {/* Records, not file lines: the header and line breaks inside quoted cells are no rows. */}
                    <td>{format.plain(j.rowsImported + j.duplicates + j.badRows)}</td>
                    <td>{format.plain(j.rowsImported)}</td>
                    <td>{format.plain(j.duplicates)}</td>
                    <td>
                      {format.plain(j.badRows)}{' '}
                      {j.errors.length > 0 && (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('showBadRowsNamed', { file: j.fileName })}
                          onClick={() => setShownJobId(j.id)}
                        >
                          {t('showBadRows')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryContent>
      {shown.data && <BadRows job={shown.data} />}
    </section>
  );
}
