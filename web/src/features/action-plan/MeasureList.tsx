import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../src/contract/measures';
import { DueDate } from './DueDate';
import { sortMeasures, type Sort, type SortColumn } from './measureModel';
import { useActionPlanT } from './messages';

interface MeasureListProps {
  measures: readonly Measure[];
  touchpointNames: (measure: Measure) => string[];
  kpiName: (measure: Measure) => string | null;
  canEdit: boolean;
  onEdit: (measure: Measure) => void;
}

/** The plan as a table, sortable by title, owner, due date and status. */
export function MeasureList({ measures, touchpointNames, kpiName, canEdit, onEdit }: MeasureListProps) {
  const t = useActionPlanT();
  const { t: shellT, i18n } = useTranslation();
  const [sort, setSort] = useState<Sort>({ column: 'dueDate', direction: 'asc' });
  const sorted = useMemo(() => sortMeasures(measures, sort, i18n.language), [measures, sort, i18n.language]);

  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="ap-sort"
          onClick={() =>
            setSort((s) => ({
              column,
              direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc',
            }))
          }
          aria-label={t('sortBy', { column: label })}
        >
          {label}
          <span aria-hidden="true" className="ap-sort-mark">
            {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="ap-table-scroll">
      <table className="table ap-table" data-testid="measure-list">
        <thead>
          <tr>
            {header('title', t('columns.title'))}
            <th scope="col">{t('columns.touchpoints')}</th>
            {header('owner', t('columns.owner'))}
            {header('dueDate', t('columns.dueDate'))}
            {header('status', t('columns.status'))}
            <th scope="col">{t('columns.impactEffort')}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((measure) => {
            const kpi = kpiName(measure);
            return (
              <tr
                key={measure.id}
                className={measure.overdue ? 'is-overdue' : undefined}
                data-testid="measure-row"
              >
                <th scope="row">
                  {measure.title}
                  {kpi && <div className="muted ap-small">{t('kpiLabel', { name: kpi })}</div>}
                </th>
                <td>{touchpointNames(measure).join(', ') || '–'}</td>
                <td>{measure.owner || <span className="muted">–</span>}</td>
                <td>
                  <DueDate measure={measure} />
                </td>
                <td>
                  <span className={`badge ap-status ap-status-${measure.status}`}>
                    {shellT(`measures.status.${measure.status}`)}
                  </span>
                </td>
                <td>{t('impactEffort', { impact: measure.expectedImpact, effort: measure.effort })}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => onEdit(measure)}
                      aria-label={t('editNamed', { title: measure.title })}
                    >
                      {shellT('common.edit')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
