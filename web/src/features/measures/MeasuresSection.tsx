import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useTouchpointMeasures } from './useTouchpointMeasures';

/** The measures of one touchpoint; `action` (e.g. "+ Measure") sits beside the heading. */
export function MeasuresSection({
  workspaceId,
  touchpointId,
  action,
}: {
  workspaceId: string;
  touchpointId: string;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const measures = useTouchpointMeasures(workspaceId, touchpointId);
  return (
    <section className="panel" aria-labelledby="sec-measures">
      <div className="row">
        <h2 id="sec-measures">{t('detail.sections.measures')}</h2>
        {action}
      </div>
      <QueryContent query={measures} empty={t('measures.none')}>
        {(data) => (
          <ul className="plain-list">
            {data.map((m) => (
              <li key={m.id}>
                <div className="row">
                  <strong>{m.title}</strong>
                  <span className="badge badge-soft">{t(`measures.status.${m.status}`)}</span>
                  {m.overdue && <span className="badge badge-danger">{t('measures.overdue')}</span>}
                </div>
                <p className="muted">
                  {[m.owner, m.dueDate ? t('measures.due', { date: format.date(m.dueDate) }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
    </section>
  );
}
