// The first script to run: its own entry, put first in index.html, importing nothing so that it
// is one small file. On the overview it asks the API at once for what the page shows; the app
// takes the answers (api/early.ts) instead of asking again. The language key and the paths are
// those of i18n/lang.ts and pages/overview/paths.ts (a test keeps them equal).

/** i18n/lang.ts LANG_KEY. */
export const BOOT_LANG_KEY = 'gapscope.lang';
/** api/early.ts EARLY_KEY. */
export const BOOT_EARLY_KEY = '__gapscopeEarly';

/** pages/overview/paths.ts overviewPaths(). */
export function bootPaths(period: string | undefined): { public: string[]; signedIn: string[] } {
  const qs = period ? `?period=${encodeURIComponent(period)}` : '';
  return {
    public: [`/api/overview${qs}`, `/api/ranking${qs}`, '/api/frameworks/current', '/api/units'],
    signedIn: [`/api/gaps${qs}`],
  };
}

/** The browser globals used (typed here: this file is also compiled for Node's tests). */
const page = globalThis as {
  location?: { pathname: string; search: string };
  localStorage?: { getItem(key: string): string | null };
};

function boot(location: { search: string }): void {
  let lang = 'zh-CN';
  try {
    if (page.localStorage?.getItem(BOOT_LANG_KEY) === 'en') lang = 'en';
  } catch {
    // Storage refused: the default language.
  }
  const registry = new Map<string, Promise<Response>>();
  (globalThis as Record<string, unknown>)[BOOT_EARLY_KEY] = registry;
  const ask = (path: string): Promise<Response> => {
    const p = fetch(path, {
      headers: { accept: 'application/json', 'accept-language': lang },
      credentials: 'same-origin',
    });
    registry.set(path, p);
    p.catch(() => registry.delete(path));
    return p;
  };
  const paths = bootPaths(new URLSearchParams(location.search).get('period') ?? undefined);
  for (const p of paths.public) void ask(p);
  // The three gaps are for signed-in users: asked once the session says there is one.
  void ask('/api/session').then((r) => {
    if (r.ok) for (const p of paths.signedIn) void ask(p);
  });
}

if (page.location?.pathname === '/') boot(page.location);
