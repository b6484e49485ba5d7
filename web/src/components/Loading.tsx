// A placeholder while a part of the page loads.

import { Skeleton } from 'antd';
import type { ReactNode } from 'react';

export function Loading({ rows = 4 }: { rows?: number }): ReactNode {
  return <Skeleton active paragraph={{ rows }} />;
}
