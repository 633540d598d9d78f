import type { ImportJob } from '../../../../src/contract/imports';
import { useFormat } from '../../i18n/format';
import { useImportsT } from './messages';

/** A job's counters and a progress bar by bytes read (the job knows them while this server runs it). */
export function JobProgress({ job }: { job: ImportJob }) {
  const t = useImportsT();
  const format = useFormat();
  const share =
    job.status !== 'running'
      ? 1
      : job.progress?.totalBytes
        ? job.progress.bytesRead / job.progress.totalBytes
        : null;
  const percent = share === null ? undefined : Math.round(share * 100);
  return (
    <div data-testid="import-progress" data-status={job.status}>
      <p role="status">
        {job.status === 'running'
          ? t('running')
          : job.status === 'done'
            ? t('done', { imported: format.plain(job.rowsImported), bad: format.plain(job.badRows) })
            : t('failed')}
      </p>
      <progress max={100} value={percent} aria-label={t('progress')} className="im-progress" />
      <dl className="im-counts">
        <div>
          <dt>{t('linesRead')}</dt>
          <dd data-testid="import-lines">{format.plain(job.linesRead)}</dd>
        </div>
        <div>
          <dt>{t('rowsImported')}</dt>
          <dd data-testid="import-imported">{format.plain(job.rowsImported)}</dd>
        </div>
        {job.duplicates > 0 && (
          <div>
            <dt>{t('duplicates')}</dt>
            <dd data-testid="import-duplicates">{format.plain(job.duplicates)}</dd>
          </div>
        )}
        <div>
          <dt>{t('badRows')}</dt>
          <dd data-testid="import-bad">{format.plain(job.badRows)}</dd>
        </div>
      </dl>
    </div>
  );
}
