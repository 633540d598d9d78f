import type { ImportJob } from '../../../../src/contract/imports';
import { useImportsT } from './messages';

/** The bad rows a job kept, by line; line 0 is the reason a failed job stopped. */
export function BadRows({ job }: { job: ImportJob }) {
  const t = useImportsT();
  if (job.errors.length === 0) return null;
  const rows = job.errors.filter((e) => e.line > 0);
  return (
    <section aria-labelledby={`bad-${job.id}`} data-testid="bad-rows">
      <h3 id={`bad-${job.id}`}>
        {t('badRowsTitle')} – {job.fileName}
      </h3>
      {rows.length < job.badRows && (
        <p className="hint">{t('badRowsMore', { shown: rows.length, total: job.badRows })}</p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('line')}</th>
            <th scope="col">{t('reason')}</th>
          </tr>
        </thead>
        <tbody>
          {job.errors.map((e, i) => (
            <tr key={`${e.line}-${i}`}>
              <th scope="row">{e.line === 0 ? t('stopReason') : e.line}</th>
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
