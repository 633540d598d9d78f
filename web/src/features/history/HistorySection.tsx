import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useTouchpointHistory } from './useTouchpointHistory';

const knownActions = [
  'created',
  'updated',
  'retired',
  'restored',
  'deleted',
  'criterion_checked',
  'criterion_unchecked',
  'rating_links_created',
] as const;
type KnownAction = (typeof knownActions)[number];

export function HistorySection({ workspaceId, touchpointId }: { workspaceId: string; touchpointId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useTouchpointHistory(workspaceId, touchpointId);
  return (
    <section className="panel" aria-labelledby="sec-history">
      <h2 id="sec-history">{t('detail.sections.history')}</h2>
      <QueryContent query={history} empty={t('history.none')}>
        {(data) => (
          <ol className="plain-list">
            {data.map((entry) => {
              const fields = Object.keys(entry.changes);
              return (
                <li key={entry.id}>
                  <strong>
                    {(knownActions as readonly string[]).includes(entry.action)
                      ? t(`history.actions.${entry.action as KnownAction}`)
                      : entry.action}
                  </strong>{' '}
                  <span className="muted">
                    {entry.actor} · {format.dateTime(entry.at)}
                  </span>
                  {entry.action === 'updated' && fields.length > 0 && (
                    <p className="muted">{t('history.fields', { fields: fields.join(', ') })}</p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </QueryContent>
    </section>
  );
}
