import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '../../../../src/core/model';
import type { Me } from '../auth/meSchema';

const STORAGE_KEY = 'touchpoint.workspace';

export interface CurrentWorkspace {
  workspaceId: string;
  workspaceName: string;
  role: Role;
  /** Viewers see everything and change nothing. */
  canEdit: boolean;
  me: Me;
  switchTo(workspaceId: string): void;
}

const Context = createContext<CurrentWorkspace | null>(null);

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Picks the workspace the user last worked in (or their first) and tells every screen the role in it. */
export function WorkspaceProvider({ me, children }: { me: Me; children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(remembered);
  const membership = me.workspaces.find((w) => w.workspaceId === chosen) ?? me.workspaces[0];

  const value = useMemo<CurrentWorkspace | null>(() => {
    if (!membership) return null;
    return {
      workspaceId: membership.workspaceId,
      workspaceName: membership.workspaceName,
      role: membership.role,
      canEdit: membership.role !== 'viewer',
      me,
      switchTo: (id) => {
        setChosen(id);
        try {
          localStorage.setItem(STORAGE_KEY, id);
        } catch {
          // Not remembered in private mode; the switch still works.
        }
      },
    };
  }, [membership, me]);

  if (!value) return null;
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCurrentWorkspace(): CurrentWorkspace {
  const value = useContext(Context);
  if (!value) throw new Error('useCurrentWorkspace needs a WorkspaceProvider');
  return value;
}
