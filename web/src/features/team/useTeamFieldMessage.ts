import { useCallback } from 'react';
import { useTeamT } from './messages';

/**
 * The team routes explain refusals in English (src/services/members.ts, workspaces.ts); this says the
 * known ones in the user's language and leaves anything else as it came.
 */
export function useTeamFieldMessage() {
  const t = useTeamT();
  return useCallback(
    (message: string | undefined): string | undefined => {
      if (!message) return message;
      if (message === 'A new user needs a name') return t('invite.needsName');
      if (message === 'A new user needs an initial password') return t('invite.needsPassword');
      if (/must have at least 10 characters/.test(message)) return t('invite.passwordTooShort');
      if (/is a member already$/.test(message)) return t('invite.alreadyMember');
      if (message === 'The last owner cannot be demoted') return t('members.lastOwnerDemote');
      if (message === 'The last owner cannot be removed') return t('members.lastOwnerRemove');
      if (message === 'A custom journey model needs a name') return t('models.needsName');
      if (message === 'A custom journey model needs at least two phases') return t('models.needsPhases');
      if (message === 'Phase keys must be unique') return t('models.uniqueKeys');
      if (/lower-case letters, digits/.test(message)) return t('models.phaseKeyHint');
      return message;
    },
    [t],
  );
}
