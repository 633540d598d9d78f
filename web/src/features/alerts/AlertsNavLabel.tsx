import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useAlertsT } from './messages';
import { useAlerts } from './useAlerts';

/** "Alarme" in the navigation, with the number of unacknowledged alerts as a badge (in words for screen readers). */
export function AlertsNavLabel() {
  const t = useAlertsT();
  const { workspaceId } = useCurrentWorkspace();
  const open = useAlerts(workspaceId, true);
  const count = open.data?.length ?? 0;
  return (
    <>
      {t('nav')}
      {count > 0 && (
        <>
          {' '}
          <span className="badge badge-danger" aria-hidden="true" data-testid="alerts-badge">
            {count}
          </span>
          <span className="visually-hidden">({t('navCount', { count })})</span>
        </>
      )}
    </>
  );
}
