import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useToast } from '../../components/Toasts';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { usePasswordT } from '../auth/passwordMessages';
import { useLogout } from '../auth/useLogout';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';

export function UserMenu() {
  const { t } = useTranslation();
  const { me, role } = useCurrentWorkspace();
  const logout = useLogout();
  const toast = useToast();
  const navigate = useNavigate();
  const passwordT = usePasswordT();
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={root}>
      <button
        type="button"
        className="button button-ghost"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`${t('header.userMenu')}: ${me.user.name}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {me.user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-name">{me.user.name}</span>
      </button>
      {open && (
        <div className="menu" id={menuId}>
          <p className="menu-info">
            <strong>{me.user.name}</strong>
            <br />
            {me.user.email}
            <br />
            {t(`header.roles.${role}`)}
          </p>
          <button
            type="button"
            className="button menu-item"
            onClick={() => {
              setOpen(false);
              setChangingPassword(true);
            }}
          >
            {passwordT('open')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              logout.mutate(undefined, {
                onSettled: () => {
                  toast.info(t('header.loggedOut'));
                  void navigate('/login');
                },
              })
            }
          >
            {t('header.logout')}
          </button>
        </div>
      )}
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} />}
    </div>
  );
}
