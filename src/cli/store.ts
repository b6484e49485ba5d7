// Opening the store from the command line: --db, else DATABASE_URL, else ./gapscope.db.

import { existsSync } from 'node:fs';
import { GapscopeError } from '../core/errors.ts';
import { readBundle } from '../ingest/bundle.ts';
import { defaultStoreUrl, openStore, type Store } from '../store/connect.ts';
import { initStore, isEmpty } from '../store/init.ts';

/**
 * Opens the store. With `init`, a new or empty store is first filled with the bundled geography,
 * framework and demo data (said on stderr); without it, an empty store is an error.
 */
export async function openCliStore(
  db: string | undefined,
  opts: { init: boolean; stderr: (s: string) => void },
): Promise<Store> {
  const url = db ?? defaultStoreUrl();
  const isFile = !/^postgres(ql)?:\/\//.test(url);
  if (isFile && !opts.init && !existsSync(url.replace(/^sqlite:(\/\/)?/, ''))) {
    throw new GapscopeError(
      'store.missing',
      `there is no store at ${url}: run gapscope init${db ? ` --db ${db}` : ''} first`,
    );
  }
  const store = await openStore(url);
  if (await isEmpty(store.db)) {
    if (!opts.init) {
      await store.close();
      throw new GapscopeError(
        'store.empty',
        `the store ${store.location} is empty: run gapscope init first`,
      );
    }
    opts.stderr(
      `gapscope: preparing a new store at ${store.location} with the bundled geography, framework and demo data…\n`,
    );
    await initStore(store.db, await readBundle());
  }
  return store;
}

/** Runs `f` with an open store and closes it whatever happens. */
export async function withStore<T>(store: Store, f: (s: Store) => Promise<T>): Promise<T> {
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}
