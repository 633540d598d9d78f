import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { me, workspaceId, workspaceName, switchTo } = useCurrentWorkspace();
  const navigate = useNavigate();
  const id = useId();
  if (me.workspaces.length < 2)
    return (
      <span className="workspace-name" title={t('header.workspace')}>
        {workspaceName}
      </span>
    );
  return (
    <div className="workspace-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('header.workspace')}
      </label>
      <select
        id={id}
        value={workspaceId}
        onChange={(e) => {
          switchTo(e.target.value);
          navigate('/map');
        }}
      >
        {me.workspaces.map((w) => (
          <option key={w.workspaceId} value={w.workspaceId}>
            {w.workspaceName}
          </option>
        ))}
      </select>
    </div>
  );
}
