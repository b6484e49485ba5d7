// Sign in; a one-time password must be changed before anything else.

import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { changePassword, signIn, useSession } from '../../api/session.ts';
import type { User } from '@gapscope/api/index.ts';
import { errorText } from '../../i18n/catalog.ts';
import { useT } from '../../i18n/index.ts';
import { nextPath } from './next-path.ts';

/** The server's minimum (store/users.ts MIN_PASSWORD). */
const MIN_PASSWORD = 10;

function useErrorText(): (e: unknown) => string {
  const t = useT();
  return (e) =>
    e instanceof ApiError
      ? [errorText(t.lang, e.code) ?? e.message, e.detail].filter(Boolean).join(' ')
      : String((e as Error)?.message ?? e);
}

function SignInForm({ onDone }: { onDone(user: User, password: string): void }): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const text = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { name: string; password: string }): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(qc, v.name.trim(), v.password);
      onDone(user, v.password);
    } catch (e) {
      setError(text(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false} data-testid="signin-form">
      <Form.Item
        name="name"
        label={t('signin.name')}
        rules={[{ required: true, whitespace: true, message: t('signin.required') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('signin.password')}
        rules={[{ required: true, message: t('signin.required') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {error && (
        <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('signin.submit')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('signin.publicHint')}
      </Typography.Paragraph>
    </Form>
  );
}

function ChangePasswordForm({
  current,
  onDone,
}: {
  current: string | null;
  onDone(): void;
}): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const text = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { current?: string; password: string }): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await changePassword(qc, current ?? v.current ?? '', v.password);
      onDone();
    } catch (e) {
      setError(text(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      data-testid="change-password-form"
    >
      <Typography.Paragraph>{t('signin.change.intro', { min: MIN_PASSWORD })}</Typography.Paragraph>
      {current === null && (
        <Form.Item
          name="current"
          label={t('signin.password')}
          rules={[{ required: true, message: t('signin.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={t('signin.change.new')}
        rules={[
          { required: true, message: t('signin.required') },
          { min: MIN_PASSWORD, message: t('signin.change.short', { min: MIN_PASSWORD }) },
        ]}
      >
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('signin.change.repeat')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('signin.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('password') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('signin.change.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error && (
        <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('signin.change.submit')}
      </Button>
    </Form>
  );
}

export default function SignInPage(): ReactNode {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useSession();
  // The password just typed, so a one-time password need not be typed twice.
  const [typed, setTyped] = useState<string | null>(null);
  const next = nextPath(params.get('next'));
  if (user && !user.mustChangePassword) return <Navigate to={next} replace />;
  const changing = !!user?.mustChangePassword;
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '48px 0' }}>
      <Card
        title={changing ? t('signin.change.title') : t('signin.title')}
        style={{ width: 400, maxWidth: '100%' }}
      >
        {changing ? (
          <ChangePasswordForm current={typed} onDone={() => navigate(next, { replace: true })} />
        ) : (
          <SignInForm
            onDone={(u, password) => {
              if (u.mustChangePassword) setTyped(password);
              else navigate(next, { replace: true });
            }}
          />
        )}
      </Card>
    </div>
  );
}
