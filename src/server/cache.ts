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

  /** The cached value for `key`, if any, without computing it. */
  peek<T>(key: string): Promise<T> | undefined {
    return this.map.get(key) as Promise<T> | undefined;
  }

  /** Keeps a value computed elsewhere (a worker's) under `key`, in place of any there. */
  set<T>(key: string, value: T): void {
    this.map.delete(key);
    this.map.set(key, Promise.resolve(value));
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }

  /** Forgets the value under `key`. */
  delete(key: string): void {
    this.map.delete(key);
  }
}
