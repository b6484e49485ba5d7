// A small per-instance memo of derived results (datasets, evaluations) keyed by the data's
// version, so repeated dashboard reads cost one cheap query. It holds nothing another instance
// needs: a new instance rebuilds it from the store.

/** A bounded map, oldest entry out first. */
export class ResultCache {
  private readonly map = new Map<string, Promise<unknown>>();
  constructor(private readonly max = 64) {}

  /** The cached value for `key`, computing and keeping it if absent (a failed computation is not kept). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit as Promise<T>;
    }
    const p = compute();
    this.map.set(key, p);
    p.catch(() => this.map.delete(key));
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return p;
  }
}
