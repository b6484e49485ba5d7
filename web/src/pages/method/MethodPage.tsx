// The Method page: the pipeline settings (every change re-evaluates the store's data at once and
// shows the ranking's top and bottom, how far units moved against the default settings, and the
// weights of the framework tree), and publishing the evaluation as it stands.

import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Col, Popconfirm, Row, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, useApiPost, useApiQuery } from '../../api/client.ts';
import { useSession } from '../../api/session.ts';
import type { PublishedEvaluation as Published } from '@gapscope/api/index.ts';
import { buildTree } from '@gapscope/core/framework/tree.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { ErrorView } from '../../components/ErrorView.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodSelect } from '../../components/PeriodSelect.tsx';
import { useSearchState } from '../../hooks/use-search-state.ts';
import { errorText } from '../../i18n/catalog.ts';
import { useT } from '../../i18n/index.ts';
import styles from './method.module.css';
import { RankingPreview } from './RankingPreview.tsx';
import { rankShift, type RunResult } from './run-result.ts';
import { changedConfig, configFromParam, errorField, type PipelineConfig } from './settings.ts';
import { SettingsForm } from './SettingsForm.tsx';
import { useFramework } from './use-framework.ts';
import { WeightsTree } from './WeightsTree.tsx';

const PUBLISHERS = new Set(['admin', 'analyst']);
/** How long the form waits after a change before evaluating (typing a number is several changes). */
const SETTLE_MS = 300;

function PublishBar({
  body,
  disabled,
}: {
  body: { period?: string; config: unknown };
  disabled: boolean;
}): ReactNode {
  const t = useT();
  const { message } = App.useApp();
  const list = useApiQuery<Published[]>('/api/evaluations');
  const [busy, setBusy] = useState(false);
  const newest = list.data?.[0];
  const publish = async (): Promise<void> => {
    setBusy(true);
    try {
      const p = await api<Published>('/api/evaluations', { method: 'POST', body });
      void message.success(t('method.publish.done', { id: p.id, period: p.period }));
      await list.refetch();
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      void message.error(
        [err && errorText(t.lang, err.code), err?.detail ?? String(e)].filter(Boolean).join(' '),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.publish} data-testid="publish">
      {newest && (
        <span className={styles.muted} data-testid="publish-newest">
          {t('method.publish.newest', {
            id: newest.id,
            period: newest.period,
            at: t.dateTime(newest.createdAt),
            user: newest.createdBy ?? MISSING,
          })}
        </span>
      )}
      <Popconfirm
        title={t('method.publish.confirm', { period: body.period ?? '' })}
        description={t('method.publish.note')}
        onConfirm={() => void publish()}
        okText={t('method.publish.ok')}
        cancelText={t('method.publish.cancel')}
      >
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={busy}
          disabled={disabled}
          data-testid="publish-button"
        >
          {t('method.publish.button')}
        </Button>
      </Popconfirm>
    </div>
  );
}

export default function MethodPage(): ReactNode {
  const t = useT();
  const { user } = useSession();
  const fw = useFramework();
  const [configParam, setConfigParam] = useSearchState('config');
  const [period, setPeriod] = useSearchState('period');
  const [config, setConfig] = useState<PipelineConfig>(() => configFromParam(configParam));
  const changed = useMemo(() => changedConfig(config), [config]);
  const [sent, setSent] = useState(() => ({ period, config: changed }));

  // Evaluate once the settings have settled; the URL keeps what was evaluated.
  useEffect(() => {
    const timer = setTimeout(() => {
      setSent({ period, config: changed });
      const text = Object.keys(changed).length ? JSON.stringify(changed) : undefined;
      if (text !== configParam) setConfigParam(text);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [changed, period, configParam, setConfigParam]);

  const run = useApiPost<RunResult>('/api/evaluations/run', sent);
  const base = useApiPost<RunResult>('/api/evaluations/run', { period: sent.period, config: {} });
  // The last result, shown while the next one runs and when it fails: kept in a ref written and
  // read during render on purpose, so that keeping it costs no second render.
  /* eslint-disable react-hooks/refs -- the last result is a cache, not state (above) */
  const last = useRef<RunResult | null>(null);
  if (run.data && !run.isPlaceholderData) last.current = run.data;
  const shown = run.error ? last.current : (run.data ?? last.current);
  /* eslint-enable react-hooks/refs */

  const tree = useMemo(() => (fw.data ? buildTree(fw.data.framework) : null), [fw.data]);
  const shift = useMemo(
    () =>
      run.data && !run.isPlaceholderData && base.data && !base.isPlaceholderData
        ? rankShift(run.data.units, base.data.units)
        : null,
    [run.data, run.isPlaceholderData, base.data, base.isPlaceholderData],
  );
  const errors = useMemo(() => {
    const e = run.error;
    if (!e) return {};
    // The detail names the setting and what is wrong with it; the catalog message is general.
    const text = e.detail || (errorText(t.lang, e.code) ?? e.message);
    return { [errorField({ code: e.code, field: e.field, detail: e.detail })]: text };
  }, [run.error, t.lang]);

  if (fw.isPending) return <Loading rows={8} />;
  if (fw.error) return <ErrorView error={fw.error} retry={() => void fw.refetch()} />;
  if (!user) return <ErrorView error={new ApiError(401, 'auth.required', '')} />;
  const framework = fw.data.framework;
  const busy = run.isFetching || changed !== sent.config;

  return (
    <div data-testid="method-page">
      <div className={styles.head}>
        <div>
          <Typography.Title level={1} className={styles.title}>
            {t('method.title')}
          </Typography.Title>
          <span className={styles.muted}>
            {t.name(framework.name)} · {framework.id}@{framework.version}
          </span>
        </div>
        <div className={styles.row}>
          {shown && (
            <PeriodSelect periods={shown.periods} value={shown.period} onChange={setPeriod} />
          )}
          {PUBLISHERS.has(user.role) && (
            <PublishBar body={sent} disabled={!!run.error || !run.data || busy} />
          )}
        </div>
      </div>
      <Typography.Paragraph type="secondary">{t('method.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('method.settings')}>
            {tree && (
              <SettingsForm tree={tree} config={config} onChange={setConfig} errors={errors} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          {(errors.general || errors.period) && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errors.general ?? errors.period}
              style={{ marginBottom: 12 }}
            />
          )}
          {run.error && !errors.general && !errors.period && (
            <Alert
              type="warning"
              showIcon
              title={t('method.result.failed')}
              style={{ marginBottom: 12 }}
              data-testid="run-failed"
            />
          )}
          <RankingPreview units={shown?.units ?? []} shift={shift} loading={busy} />
          {shown && shown.screened.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={t('method.result.screened', { n: shown.screened.length })}
            />
          )}
          <div style={{ marginTop: 16 }}>
            <WeightsTree framework={framework} result={shown} method={config.weights.method} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
