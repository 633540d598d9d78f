import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';

export function ReadOnlyBadge() {
  const { t } = useTranslation();
  const { canEdit } = useCurrentWorkspace();
  if (canEdit) return null;
  return (
    <span className="badge badge-readonly" title={t('app.readOnlyHint')} data-testid="read-only-badge">
      {t('app.readOnly')}
      <span className="visually-hidden">: {t('app.readOnlyHint')}</span>
    </span>
  );
}
