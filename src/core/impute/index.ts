// Imputation methods by name (METHODS.md § Impute).

import type { ImputeMethod as ImputeName } from '../pipeline/config.ts';
import { groupMean, groupMedian } from './group.ts';
import { interpolate } from './interpolate.ts';
import { locf } from './locf.ts';
import type { ImputeMethod } from './types.ts';

const none: ImputeMethod = (frames) => ({
  frames,
  flags: frames.map((f) => f.cols.map(() => null)),
});

export const imputers: Record<ImputeName, ImputeMethod> = {
  none,
  'group-mean': groupMean,
  'group-median': groupMedian,
  interpolate,
  locf,
};
