import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router-dom';
import { queryClient } from './api/queryClient';
import { Loading } from './components/States';
import { ToastProvider } from './components/Toasts';
import { ActionPlanPage } from './features/action-plan/ActionPlanPage';
import { LoginPage } from './features/auth/LoginPage';
import { ContentMapPage } from './features/content-map/ContentMapPage';
import { CyclePage } from './features/cycle/CyclePage';
import { MonitoringPage } from './features/monitoring/MonitoringPage';
import { PrioritiesPage } from './features/priorities/PrioritiesPage';
import { QuickcheckPage } from './features/quickcheck/QuickcheckPage';
import { AppShell } from './features/shell/AppShell';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { TeamPage } from './features/team/TeamPage';

const JourneyMapPage = lazy(() =>
  import('./features/journey-map/JourneyMapPage').then((m) => ({ default: m.JourneyMapPage })),
);
const TouchpointsPage = lazy(() =>
  import('./features/touchpoints/TouchpointsPage').then((m) => ({ default: m.TouchpointsPage })),
);
const TouchpointDetailPage = lazy(() =>
  import('./features/touchpoints/TouchpointDetailPage').then((m) => ({ default: m.TouchpointDetailPage })),
);
const CataloguePage = lazy(() =>
  import('./features/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })),
);
const PersonasPage = lazy(() =>
  import('./features/personas/PersonasPage').then((m) => ({ default: m.PersonasPage })),
);

const page = (element: React.ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/**
 * A route whose module the router loads on first use. When a visit starts on it, the router renders
 * `HydrateFallback` in its place (inside the shell) until the module has arrived.
 */
const lazyRoute = (path: string, lazy: RouteObject['lazy']): RouteObject => ({
  path,
  lazy,
  HydrateFallback: Loading,
});

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      // The method's cycle is the workspace's home: it says where the work stands and what comes next.
      { index: true, element: <Navigate to="/cycle" replace /> },
      { path: 'cycle', element: <CyclePage /> },
      { path: 'map', element: page(<JourneyMapPage />) },
      { path: 'personas', element: page(<PersonasPage />) },
      { path: 'touchpoints', element: page(<TouchpointsPage />) },
      { path: 'touchpoints/:id', element: page(<TouchpointDetailPage />) },
      { path: 'catalogue', element: page(<CataloguePage />) },
      { path: 'priorities', element: <PrioritiesPage /> },
      { path: 'action-plan', element: <ActionPlanPage /> },
      { path: 'content-map', element: <ContentMapPage /> },
      { path: 'monitoring', element: <MonitoringPage /> },
      { path: 'quickcheck', element: <QuickcheckPage /> },
      { path: 'team', element: <TeamPage /> },
      lazyRoute('customers/*', () => import('./features/customers/route')),
      lazyRoute('web-analytics', () => import('./features/analytics/route')),
      lazyRoute('phase-funnel', () => import('./features/funnel/route')),
      lazyRoute('paths', () => import('./features/paths/route')),
      lazyRoute('adhoc-funnels', () => import('./features/adhoc-funnels/route')),
      lazyRoute('attribution', () => import('./features/attribution/route')),
      lazyRoute('campaigns', () => import('./features/attribution/campaignsRoute')),
      lazyRoute('moments', () => import('./features/moments/route')),
      lazyRoute('customer-value', () => import('./features/customer-value/route')),
      lazyRoute('visitors', () => import('./features/visitors/route')),
      lazyRoute('email/*', () => import('./features/email/route')),
      lazyRoute('imports', () => import('./features/imports/route')),
      lazyRoute('alerts', () => import('./features/alerts/route')),
      lazyRoute('tracking', () => import('./features/tracking/route')),
      lazyRoute('market-mirror', () => import('./features/market-mirror/route')),
      lazyRoute('editorial-plan', () => import('./features/editorial-plan/route')),
      lazyRoute('strategy', () => import('./features/strategy/route')),
      lazyRoute('pipeline/*', () => import('./features/pipeline/route')),
      lazyRoute('accounts/*', () => import('./features/accounts/route')),
      lazyRoute('segments', () => import('./features/segments/route')),
      lazyRoute('leads/*', () => import('./features/lead-scoring/route')),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}
