// An error where the content would be: "sign in" for a refusal to the public, else the API's
// message in the page's language with its details, and a retry.

import { Alert, Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../api/client.ts';
import { errorText } from '../i18n/catalog.ts';
import { useT } from '../i18n/index.ts';

export function ErrorView({ error, retry }: { error: unknown; retry?: () => void }): ReactNode {
  const t = useT();
  const location = useLocation();
  if (error instanceof ApiError && error.status === 401) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Result
        status="403"
        title={t('signin.needed')}
        extra={
          <Link to={`/signin?next=${next}`}>
            <Button type="primary">{t('user.signIn')}</Button>
          </Link>
        }
      />
    );
  }
  const e = error instanceof ApiError ? error : null;
  const message = (e && errorText(t.lang, e.code)) ?? (error as Error)?.message ?? String(error);
  const details = e ? [e.detail, ...e.details].filter((d, i, a) => d && a.indexOf(d) === i) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('app.error')}
      description={
        <>
          <div>{message}</div>
          {details.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {details.slice(0, 20).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </>
      }
      action={retry ? <Button onClick={retry}>{t('app.retry')}</Button> : undefined}
    />
  );
}
