// The Data page: import a file (checked and reported row by row before anything is written),
// download the template, see the imports so far and the revision history of any figure, and
// download the data.

import { Col, Row, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../../api/session.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { useT } from '../../i18n/index.ts';
import { ApiError } from '../../api/client.ts';
import { ExportCard } from './ExportCard.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { ImportCard } from './ImportCard.tsx';
import { ImportsPanel } from './ImportsPanel.tsx';
import { TemplateCard } from './TemplateCard.tsx';

const WRITERS = new Set(['admin', 'analyst', 'region']);
const TABS = ['import', 'history', 'imports', 'export'] as const;

export default function DataPage(): ReactNode {
  const t = useT();
  const { user, loading } = useSession();
  const [tab, setTab] = useSearchState('tab');
  if (loading) return <Loading rows={6} />;
  if (!user) return <ErrorView error={new ApiError(401, 'auth.required', '')} />;
  const active = (TABS as readonly string[]).includes(tab ?? '') ? tab! : 'import';
  return (
    <div data-testid="data-page">
      <Typography.Title level={1} style={{ fontSize: 22, margin: '0 0 4px' }}>
        {t('data.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('data.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(k) => setTab(k === 'import' ? undefined : k)}
        destroyOnHidden
        items={[
          {
            key: 'import',
            label: t('data.tab.import'),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={16}>
                  <ImportCard canImport={WRITERS.has(user.role)} />
                </Col>
                <Col xs={24} xl={8}>
                  <TemplateCard />
                </Col>
              </Row>
            ),
          },
          { key: 'history', label: t('data.tab.history'), children: <HistoryPanel /> },
          { key: 'imports', label: t('data.tab.imports'), children: <ImportsPanel /> },
          { key: 'export', label: t('data.tab.export'), children: <ExportCard /> },
        ]}
      />
    </div>
  );
}
