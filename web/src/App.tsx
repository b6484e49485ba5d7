// The dashboard: providers (queries, language, antd locale), the routes and the layout around
// them. Every page is loaded on demand; a page's route is one line in ROUTES (and a nav entry).

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import {
  lazy,
  useContext,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.ts';
import { LangContext } from './i18n/context.ts';
import { LangProvider, type WebKey } from './i18n/index.ts';
import { Layout } from './layout/Layout.tsx';
import { THEME } from './layout/theme.ts';

/** A page of the dashboard: its path, its lazily loaded component and, if any, its nav label. */
export interface PageRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  nav?: WebKey;
}

/** Every page, in nav order. */
export const ROUTES: PageRoute[] = [
  { path: '/', page: lazy(() => import('./pages/overview/OverviewPage.tsx')), nav: 'nav.overview' },
  {
    path: '/rankings',
    page: lazy(() => import('./pages/rankings/RankingsPage.tsx')),
    nav: 'nav.rankings',
  },
  { path: '/units/:code', page: lazy(() => import('./pages/unit/UnitPage.tsx')) },
  { path: '/map', page: lazy(() => import('./pages/map/MapPage.tsx')), nav: 'nav.map' },
  { path: '/gaps', page: lazy(() => import('./pages/gaps/GapsPage.tsx')), nav: 'nav.gaps' },
  { path: '/tasks', page: lazy(() => import('./pages/tasks/TasksPage.tsx')), nav: 'nav.tasks' },
  { path: '/tasks/:id', page: lazy(() => import('./pages/tasks/ItemPage.tsx')) },
  { path: '/data', page: lazy(() => import('./pages/data/DataPage.tsx')), nav: 'nav.data' },
  { path: '/method', page: lazy(() => import('./pages/method/MethodPage.tsx')), nav: 'nav.method' },
  {
    path: '/methodology',
    page: lazy(() => import('./pages/methodology/MethodologyPage.tsx')),
    nav: 'nav.methodology',
  },
  { path: '/signin', page: lazy(() => import('./pages/signin/SignInPage.tsx')) },
  { path: '*', page: lazy(() => import('./pages/NotFoundPage.tsx')) },
];

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal or a bad request will not change by asking again.
      retry: (n, e) => n < 2 && !(e instanceof ApiError && e.status >= 400 && e.status < 500),
    },
  },
});

/** antd in the page's language. */
function Themed({ children }: { children: ReactNode }): ReactNode {
  const { lang } = useContext(LangContext);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App(): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <Themed>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout routes={ROUTES} />}>
                {ROUTES.map(({ path, page: Page }) => (
                  <Route key={path} path={path} element={<Page />} />
                ))}
              </Route>
            </Routes>
          </BrowserRouter>
        </Themed>
      </LangProvider>
    </QueryClientProvider>
  );
}
