import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { queryClient } from './api/queryClient';
import { Loading } from './components/States';
import { ToastProvider } from './components/Toasts';
import { ActionPlanPage } from './features/action-plan/ActionPlanPage';
import { LoginPage } from './features/auth/LoginPage';
import { ContentMapPage } from './features/content-map/ContentMapPage';
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

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/map" replace /> },
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
      { path: 'customers/*', lazy: () => import('./features/customers/route') },
      { path: 'web-analytics', lazy: () => import('./features/analytics/route') },
      { path: 'email/*', lazy: () => import('./features/email/route') },
      { path: 'imports', lazy: () => import('./features/imports/route') },
      { path: 'alerts', lazy: () => import('./features/alerts/route') },
      { path: 'tracking', lazy: () => import('./features/tracking/route') },
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
