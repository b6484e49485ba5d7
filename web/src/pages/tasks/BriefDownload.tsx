// The monthly brief for the task-force meeting: pick a month, download the PDF or its XLSX annex
// (GET /api/reports/brief) in the page's language. The server takes a few seconds to typeset it.

import { nowIso } from '@gapscope/core/clock.ts';
import { FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { chinaDate } from '@gapscope/core/tasks/dates.ts';
import { useT } from '../../i18n/index.ts';
import { recentMonths } from './forms.ts';

/** The brief's file: its bytes, or the API's message when it refuses. */
async function fetchBrief(month: string, lang: string, format: 'pdf' | 'xlsx'): Promise<Blob> {
  const q = new URLSearchParams({ month, lang, format });
  const res = await fetch(`/api/reports/brief?${q}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      error?: { message?: string; detail?: string };
    } | null;
    throw new Error(
      [body?.error?.message, body?.error?.detail].filter(Boolean).join(' ') || res.statusText,
    );
  }
  return res.blob();
}

/** `month`: the one to offer first (the board's as-of month), else the current one. */
export function BriefDownload({ month: first }: { month?: string }): ReactNode {
  const t = useT();
  const { message } = App.useApp();
  const months = recentMonths(chinaDate(nowIso()), 24);
  const [month, setMonth] = useState(first && months.includes(first) ? first : months[0]!);
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const download = async (format: 'pdf' | 'xlsx'): Promise<void> => {
    setBusy(format);
    try {
      const blob = await fetchBrief(month, t.lang, format);
      const { saveBlob } = await import('../../charts/download.ts');
      saveBlob(`${t('tasks.brief.file')}-${month}.${format}`, blob);
    } catch (e) {
      void message.error(`${t('tasks.brief.failed')} ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space.Compact data-testid="brief">
      <Select
        value={month}
        onChange={setMonth}
        options={months.map((m) => ({ value: m, label: m }))}
        aria-label={t('tasks.brief.month')}
        style={{ width: 110 }}
        data-testid="brief-month"
      />
      <Button
        icon={<FilePdfOutlined />}
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() => void download('pdf')}
        data-testid="brief-pdf"
      >
        {t('tasks.brief.pdf')}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        disabled={busy !== null}
        onClick={() => void download('xlsx')}
        aria-label={t('tasks.brief.xlsx')}
        data-testid="brief-xlsx"
      >
        {t('tasks.brief.annex')}
      </Button>
    </Space.Compact>
  );
}
