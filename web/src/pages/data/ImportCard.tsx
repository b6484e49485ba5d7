// Importing a file in two steps: the server checks it (a dry run) and its report is shown —
// every problem by row and column, or what would be new, revised and unchanged — and only then
// may the user import it for real. Nothing is written before the second step.

import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Space, Typography, Upload } from 'antd';
import type { ImportReport } from '@gapscope/api/index.ts';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { MISSING } from '@gapscope/core/text/format.ts';
import { api, ApiError } from '../../api/client.ts';
import { errorText } from '../../i18n/catalog.ts';
import { useT } from '../../i18n/index.ts';
import { ProblemTable } from './ProblemTable.tsx';

type Stage =
  | { s: 'idle' }
  | { s: 'checking'; file: File }
  | { s: 'refused'; file: File; error: ApiError }
  | { s: 'checked'; file: File; report: ImportReport }
  | { s: 'importing'; file: File; report: ImportReport }
  | { s: 'done'; file: File; report: ImportReport }
  | { s: 'failed'; file: File; error: ApiError };

function send(file: File, dryRun: boolean): Promise<ImportReport> {
  const body = new FormData();
  body.set('file', file, file.name);
  return api<ImportReport>(`/api/imports${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    body,
  });
}

const asApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError(0, 'network', String((e as Error)?.message ?? e));

function Counts({ report }: { report: ImportReport }): ReactNode {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={{ xs: 2, sm: 4 }}
      bordered
      data-testid="import-counts"
      items={[
        { key: 'rows', label: t('data.report.rows'), children: <b className="num">{report.rows}</b> },
        { key: 'added', label: t('data.report.added'), children: <b className="num">{report.added}</b> },
        {
          key: 'revised',
          label: t('data.report.revised'),
          children: <b className="num">{report.revised}</b>,
        },
        {
          key: 'unchanged',
          label: t('data.report.unchanged'),
          children: <b className="num">{report.unchanged}</b>,
        },
        ...(report.encoding
          ? [
              {
                key: 'encoding',
                label: t('data.report.encoding'),
                children: <span data-testid="import-encoding">{report.encoding.toUpperCase()}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}

function Warnings({ warnings }: { warnings: string[] }): ReactNode {
  const t = useT();
  if (!warnings.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      title={t('data.report.warnings', { n: warnings.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {warnings.slice(0, 50).map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The import card; `canImport` is false for roles that may not write data. */
/**
 * How many problems a refusal lists: its details, the last of which may count the rest ("… and
 * 1234 more") when the server listed only the first ones.
 */
function problemCount(details: readonly string[]): number {
  const more = /^… and (\d+) more$/.exec(details.at(-1) ?? '');
  return more ? details.length - 1 + Number(more[1]) : details.length;
}

export function ImportCard({ canImport }: { canImport: boolean }): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const [stage, setStage] = useState<Stage>({ s: 'idle' });

  const check = async (file: File): Promise<void> => {
    setStage({ s: 'checking', file });
    try {
      setStage({ s: 'checked', file, report: await send(file, true) });
    } catch (e) {
      setStage({ s: 'refused', file, error: asApiError(e) });
    }
  };
  const commit = async (file: File, report: ImportReport): Promise<void> => {
    setStage({ s: 'importing', file, report });
    try {
      const applied = await send(file, false);
      setStage({ s: 'done', file, report: applied });
      // Everything computed from the data may have changed.
      await qc.invalidateQueries({ queryKey: ['api'] });
    } catch (e) {
      setStage({ s: 'failed', file, error: asApiError(e) });
    }
  };
  const reset = (): void => setStage({ s: 'idle' });

  if (!canImport)
    return (
      <Card size="small" title={t('data.import.title')}>
        <Alert type="info" showIcon title={t('data.import.notAllowed')} />
      </Card>
    );

  const picker = (
    <Upload.Dragger
      accept=".csv,.xlsx"
      multiple={false}
      showUploadList={false}
      disabled={stage.s === 'checking' || stage.s === 'importing'}
      beforeUpload={(file) => {
        void check(file);
        return false;
      }}
      data-testid="import-file"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('data.import.drop')}</p>
      <p className="ant-upload-hint">{t('data.import.hint')}</p>
    </Upload.Dragger>
  );

  let body: ReactNode = null;
  if (stage.s === 'checking')
    body = <Alert type="info" showIcon title={t('data.import.checking', { file: stage.file.name })} />;
  else if (stage.s === 'refused' || stage.s === 'failed') {
    const e = stage.error;
    const n = problemCount(e.details);
    body = (
      <div data-testid="import-refused">
        <Alert
          type="error"
          showIcon
          role="alert"
          title={
            n
              ? t('data.problems.title', { n, file: stage.file.name })
              : (errorText(t.lang, e.code) ?? e.message)
          }
          description={
            <>
              <div>{t('data.problems.nothingWritten')}</div>
              {!n && e.detail && <div>{e.detail}</div>}
            </>
          }
          style={{ marginBottom: 12 }}
        />
        {n > 0 && <ProblemTable details={e.details} />}
      </div>
    );
  } else if (stage.s === 'checked' || stage.s === 'importing') {
    const r = stage.report;
    if (r.outcome === 'duplicate') {
      body = (
        <Alert
          type="info"
          showIcon
          data-testid="import-duplicate"
          title={t('data.report.duplicate', { file: r.fileName })}
          description={
            r.duplicateOf &&
            t('data.report.duplicate.of', {
              id: r.duplicateOf.importId,
              at: t.dateTime(r.duplicateOf.at),
              user: r.duplicateOf.user,
            })
          }
        />
      );
    } else {
      body = (
        <div data-testid="import-report">
          <Alert
            type="success"
            showIcon
            title={t('data.report.clean', { file: r.fileName })}
            description={t('data.report.notYet')}
            style={{ marginBottom: 12 }}
          />
          <Counts report={r} />
          <Warnings warnings={r.warnings} />
          <Space style={{ marginTop: 16 }}>
            <Button
              type="primary"
              onClick={() => void commit(stage.file, r)}
              loading={stage.s === 'importing'}
              disabled={r.added + r.revised === 0}
              data-testid="import-commit"
            >
              {t('data.import.commit', { n: r.added + r.revised })}
            </Button>
            <Button onClick={reset} disabled={stage.s === 'importing'}>
              {t('data.import.cancel')}
            </Button>
          </Space>
        </div>
      );
    }
  } else if (stage.s === 'done') {
    const r = stage.report;
    body = (
      <Result
        status="success"
        data-testid="import-done"
        title={t('data.import.done', { file: r.fileName, id: r.importId ?? MISSING })}
        subTitle={t('data.import.done.counts', {
          added: r.added,
          revised: r.revised,
          unchanged: r.unchanged,
        })}
        extra={[
          <Button key="again" type="primary" onClick={reset}>
            {t('data.import.another')}
          </Button>,
          <Link key="imports" to="?tab=imports">
            <Button>{t('data.imports.title')}</Button>
          </Link>,
        ]}
      />
    );
  }

  return (
    <Card size="small" title={t('data.import.title')} data-testid="import-card">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('data.import.intro')}
      </Typography.Paragraph>
      {stage.s !== 'done' && picker}
      {body && <div style={{ marginTop: 16 }}>{body}</div>}
    </Card>
  );
}
