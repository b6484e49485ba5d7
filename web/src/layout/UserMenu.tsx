// The signed-in user (name and role) with "sign out", or a "sign in" link for the public.

import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { signOut, useSession } from '../api/session.ts';
import { useT } from '../i18n/index.ts';

export function UserMenu(): ReactNode {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useSession();
  if (user === undefined) return null;
  if (user === null) {
    if (location.pathname === '/signin') return null;
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <Link to={`/signin?next=${next}`}>
        <Button type="primary" ghost size="small" icon={<UserOutlined />}>
          {t('user.signIn')}
        </Button>
      </Link>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'out',
            icon: <LogoutOutlined />,
            label: t('user.signOut'),
            onClick: () => void signOut(qc).then(() => navigate('/')),
          },
        ],
      }}
    >
      <Button size="small" type="text" style={{ color: '#fff' }} data-testid="user-menu">
        <UserOutlined /> {user.name} · {t(`user.role.${user.role}`)}
      </Button>
    </Dropdown>
  );
}
