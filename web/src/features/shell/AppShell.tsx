import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { LoadError, Loading } from '../../components/States';
import { useMe } from '../auth/useMe';
import { WorkspaceProvider } from '../workspace/WorkspaceContext';
import { LanguageSwitch } from './LanguageSwitch';
import { navItems } from './navItems';
import { ReadOnlyBadge } from './ReadOnlyBadge';
import { UserMenu } from './UserMenu';
import { FirstWorkspace } from './FirstWorkspace';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** Header, navigation and the current screen; sends anyone not logged in to the login screen. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navList = useRef<HTMLUListElement>(null);

  // The navigation is one row that scrolls sideways: bring the current screen's item into view.
  useEffect(() => {
    const list = navList.current;
    const active = list?.querySelector<HTMLElement>('a.active');
    if (!list || !active) return;
    list.scrollLeft = active.offsetLeft - (list.clientWidth - active.offsetWidth) / 2;
  }, [location.pathname, me.data]);

  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.data.workspaces.length === 0) return <FirstWorkspace />;

  return (
    <WorkspaceProvider me={me.data}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <NavLink to="/cycle" className="brand">
            {t('app.name')}
          </NavLink>
          <WorkspaceSwitcher />
          <ReadOnlyBadge />
          <div className="header-spacer" />
          <LanguageSwitch />
          <UserMenu />
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul ref={navList}>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{'Label' in item ? <item.Label /> : t(`nav.${item.key}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </WorkspaceProvider>
  );
}
