// Why a change was not made: a refusal (403) in plain words with the server's reason, anything
// else as the API's error with the field it names.

import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { useT } from '../../i18n/index.ts';

export function WriteError({ error }: { error: unknown }): ReactNode {
  const t = useT();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 403)
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('tasks.forbidden')}
        // The server's reason is in English, naming departments by id.
        description={(t.lang === 'en' && error.detail) || undefined}
        data-testid="write-forbidden"
      />
    );
  return <ErrorView error={error} />;
}
