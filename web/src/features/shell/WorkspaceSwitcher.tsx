import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspaceT } from '../workspace/messages';
import { NewWorkspaceDialog } from '../workspace/NewWorkspaceDialog';

/** The current workspace: one click to switch to another, one to create a new one. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const wt = useWorkspaceT();
  const { me, workspaceId, workspaceName, switchTo } = useCurrentWorkspace();
  const navigate = useNavigate();
  const id = useId();
  const [creating, setCreating] = useState(false);
  const open = (target: string) => {
    switchTo(target);
    void navigate('/cycle');
  };
  return (
    <>
      <div className="workspace-switcher">
        {me.workspaces.length < 2 ? (
          <span className="workspace-name" title={t('header.workspace')}>
            {workspaceName}
          </span>
        ) : (
          <>
            <label htmlFor={id} className="visually-hidden">
              {t('header.workspace')}
            </label>
            <select id={id} value={workspaceId} onChange={(e) => open(e.target.value)}>
              {me.workspaces.map((w) => (
                <option key={w.workspaceId} value={w.workspaceId}>
                  {w.workspaceName}
                </option>
              ))}
            </select>
          </>
        )}
        <button
          type="button"
          className="button button-ghost button-small new-workspace"
          aria-label={wt('newWorkspace.openLabel')}
          title={wt('newWorkspace.openLabel')}
          onClick={() => setCreating(true)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {/* Outside the switcher, whose phone styles (one line, no wrapping) must not reach the dialog. */}
      {creating && (
        <NewWorkspaceDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            open(created);
          }}
        />
      )}
    </>
  );
}
