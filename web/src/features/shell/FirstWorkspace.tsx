import { useState } from 'react';
import { useWorkspaceT } from '../workspace/messages';
import { NewWorkspaceDialog } from '../workspace/NewWorkspaceDialog';
import { LanguageSwitch } from './LanguageSwitch';

/** Someone who belongs to no workspace yet: a company starting from scratch creates its first one here. */
export function FirstWorkspace() {
  const t = useWorkspaceT();
  const [creating, setCreating] = useState(false);
  return (
    <main className="page" id="main">
      <div className="detail-head">
        <h1>{t('noWorkspace.title')}</h1>
        <LanguageSwitch />
      </div>
      <p>{t('noWorkspace.intro')}</p>
      <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
        {t('newWorkspace.title')}
      </button>
      {/* Once the new workspace is in the user's list, the shell renders it in place of this page. */}
      {creating && <NewWorkspaceDialog onClose={() => setCreating(false)} onCreated={() => undefined} />}
    </main>
  );
}
