// The frame of every page: product name, nav, language, user; the demo banner; the page itself
// (loaded on demand). A user with a one-time password is sent to change it first.

import { Layout as AntLayout, Menu, Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { PageRoute } from '../App.tsx';
import { useSession } from '../api/session.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useT } from '../i18n/index.ts';
import { DemoBanner } from './DemoBanner.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';
import styles from './layout.module.css';

/** The nav entry a path belongs to ('/units/…' under rankings). */
function selectedNav(pathname: string, routes: PageRoute[]): string[] {
  if (pathname.startsWith('/units/')) return ['/rankings'];
  const hit = routes
    .filter((r) => r.nav && r.path !== '/' && pathname.startsWith(r.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return [hit ? hit.path : pathname === '/' ? '/' : ''];
}

export function Layout({ routes }: { routes: PageRoute[] }): ReactNode {
  const t = useT();
  const location = useLocation();
  const { user } = useSession();
  if (user?.mustChangePassword && location.pathname !== '/signin')
    return <Navigate to="/signin" replace />;
  const items = routes
    .filter((r) => r.nav)
    .map((r) => ({ key: r.path, label: <Link to={r.path}>{t(r.nav!)}</Link> }));
  return (
    <AntLayout className={styles.page}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AntLayout.Header className={styles.header}>
        <Link to="/" className={styles.brand}>
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span className={styles.name}>{t('app.name')}</span>
          <span className={styles.subtitle}>{t('app.subtitle')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selectedNav(location.pathname, routes)}
            items={items}
            disabledOverflow={false}
          />
        </nav>
        <div className={styles.tools}>
          <LangSwitch />
          <UserMenu />
        </div>
      </AntLayout.Header>
      <DemoBanner />
      <AntLayout.Content id="main" className={styles.content} tabIndex={-1}>
        <ErrorBoundary key={location.pathname}>
          <Suspense
            fallback={
              <div className={styles.loading}>
                <Spin tip={t('app.loading')} />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AntLayout.Content>
      <AntLayout.Footer className={styles.footer}>
        gapscope · <a href="/api/docs">API</a>
      </AntLayout.Footer>
    </AntLayout>
  );
}
