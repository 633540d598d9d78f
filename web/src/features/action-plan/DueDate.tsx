import type { Measure } from '../../../../src/contract/measures';
import { useDayFormat } from './useDayFormat';
import { useActionPlanT } from './messages';

/** The due date, and for an overdue measure a flag that says so in words, not only in red. */
export function DueDate({ measure }: { measure: Pick<Measure, 'dueDate' | 'overdue'> }) {
  const t = useActionPlanT();
  const formatDay = useDayFormat();
  if (!measure.dueDate) return <span className="muted">{t('noDue')}</span>;
  const date = formatDay(measure.dueDate);
  if (!measure.overdue) return <span>{t('due', { date })}</span>;
  return (
    <span className="ap-overdue" data-testid="overdue-flag">
      <span aria-hidden="true">⚠ </span>
      {t('overdueSince', { date })}
    </span>
  );
}
