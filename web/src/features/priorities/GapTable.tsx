import { useMemo, useState } from 'react';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { NewMeasureForTouchpoint } from '../action-plan/NewMeasureForTouchpoint';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import type { MatrixPoint } from './PriorityMatrix';
import { usePrioritiesT } from './messages';
import { QUADRANTS } from './quadrants';

type Column = 'rank' | 'name' | 'quadrant' | 'maturityGap' | 'ratingGap' | 'priorityScore';

/**
 * Every touchpoint with its gaps and score; the server's ranking first, every column sortable. An editor
 * starts a measure for a row right there (`touchpoints` given).
 */
export function GapTable({
  rows,
  workspaceId,
  touchpoints,
}: {
  rows: readonly MatrixPoint[];
  workspaceId: string;
  /** The touchpoints by id, for the "+ Measure" of each row; left out for viewers. */
  touchpoints?: ReadonlyMap<string, Touchpoint>;
}) {
  const t = usePrioritiesT();
  const format = useFormat();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'rank',
    descending: false,
  });

  const sorted = useMemo(() => {
    const column = sort.column;
    if (column === 'rank') return [...rows];
    const value = (r: MatrixPoint): string | number =>
      column === 'name' ? r.name : column === 'quadrant' ? QUADRANTS.indexOf(r.quadrant) : r[column];
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const order =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return (sort.descending ? -order : order) || b.priorityScore - a.priorityScore;
    });
  }, [rows, sort]);

  const header = (column: Exclude<Column, 'rank'>, label: string, numeric = false) => {
    const active = sort.column === column;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        className={numeric ? 'num' : undefined}
      >
        <button
          type="button"
          className="prio-sort"
          aria-label={t('gaps.sortBy', { column: label })}
          onClick={() =>
            setSort((s) => ({
              column,
              // Numbers read best biggest first; names A to Z.
              descending: s.column === column ? !s.descending : numeric,
            }))
          }
        >
          {label}
          <span aria-hidden="true" className="prio-sort-mark">
            {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="prio-table-scroll">
      <table className="table prio-gaps" data-testid="gap-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            {header('name', t('gaps.name'))}
            {header('quadrant', t('gaps.quadrant'))}
            {header('maturityGap', t('gaps.maturityGap'), true)}
            {header('ratingGap', t('gaps.ratingGap'), true)}
            {header('priorityScore', t('gaps.score'), true)}
            {touchpoints && (
              <th scope="col">
                <span className="visually-hidden">{t('gaps.measure')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id} data-testid="gap-row">
              <td className="num">{rows.indexOf(row) + 1}</td>
              <th scope="row">
                <Link to={`/touchpoints/${row.id}`}>{row.name}</Link>
                {row.momentThatMatters && (
                  <span className="badge badge-mtm prio-mtm" title={t('gaps.mtm')}>
                    {t('gaps.mtmShort')}
                  </span>
                )}
              </th>
              <td>
                <span className={`prio-quadrant prio-quadrant-${row.quadrant}`}>
                  {t(`quadrants.${row.quadrant}`)}
                </span>
              </td>
              <td className="num">{row.maturityGap}</td>
              <td className="num">{format.number(row.ratingGap, 1)}</td>
              <td className="num">
                <strong>{format.number(row.priorityScore, 1)}</strong>
              </td>
              {touchpoints && (
                <td>
                  {touchpoints.get(row.id) && (
                    <NewMeasureForTouchpoint
                      workspaceId={workspaceId}
                      touchpoint={touchpoints.get(row.id) as Touchpoint}
                      small
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
