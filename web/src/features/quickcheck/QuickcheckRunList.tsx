import type { QuickcheckRunSummary } from '../../../../src/contract/quickcheck';
import { Empty } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useQuickcheckT } from './messages';

interface QuickcheckRunListProps {
  runs: readonly QuickcheckRunSummary[];
  currentId?: string | null;
  onOpen: (id: string) => void;
}

/** Earlier runs, newest first, with their best three interfaces. */
export function QuickcheckRunList({ runs, currentId = null, onOpen }: QuickcheckRunListProps) {
  const t = useQuickcheckT();
  const format = useFormat();
  if (runs.length === 0) return <Empty>{t('runs.none')}</Empty>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="qc-run-list">
        <thead>
          <tr>
            <th scope="col">{t('runs.name')}</th>
            <th scope="col">{t('runs.date')}</th>
            <th scope="col">{t('runs.author')}</th>
            <th scope="col">{t('runs.top')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('runs.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const name = run.name || t('runs.unnamed');
            return (
              <tr key={run.id} aria-current={run.id === currentId ? 'true' : undefined}>
                <td>{name}</td>
                <td>{format.dateTime(run.createdAt)}</td>
                <td>{run.createdByName}</td>
                <td>
                  {run.top.map((row) => `${row.interface} (${format.number(row.percent, 1)} %)`).join(', ')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onOpen(run.id)}
                    aria-label={t('runs.openNamed', { name })}
                    disabled={run.id === currentId}
                  >
                    {t('runs.open')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
