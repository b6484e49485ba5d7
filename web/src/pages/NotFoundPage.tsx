// Any path the dashboard does not know.

import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/index.ts';

export default function NotFoundPage(): ReactNode {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.home')}</Button>
        </Link>
      }
    />
  );
}
