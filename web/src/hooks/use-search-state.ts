// View state kept in the URL's query string, so a link reproduces the view.

import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A query-string parameter as state: undefined when absent; setting '' or undefined removes it. */
export function useSearchState(
  key: string,
): [string | undefined, (value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(key) ?? undefined;
  const set = useCallback(
    (v: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (v === undefined || v === '') next.delete(key);
          else next.set(key, v);
          return next;
        },
        { replace: true },
      ),
    [key, setParams],
  );
  return [value, set];
}
