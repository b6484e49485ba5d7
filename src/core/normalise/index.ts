// Normalisations by name, with their default parameters (METHODS.md § Normalisation).

import type { NormaliseMethod } from '../pipeline/config.ts';
import { goalposts } from './goalposts.ts';
import { minmax, minmaxPooled } from './minmax.ts';
import { rank } from './rank.ts';
import { reference } from './reference.ts';
import { target } from './target.ts';
import type { Normaliser } from './types.ts';
import { zscore } from './zscore.ts';

export const normalisers: Record<NormaliseMethod, Normaliser> = {
  minmax,
  'minmax-pooled': minmaxPooled,
  goalposts,
  zscore,
  rank,
  target,
  reference,
};

/** The parameters a method takes when none are given. */
export function defaultParams(method: NormaliseMethod): [number, number] {
  return method === 'zscore' ? [50, 10] : [0, 100];
}
