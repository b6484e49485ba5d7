// Whether the figures on screen come from demo data: the newest API answer that says decides.

type Listener = () => void;

let demo = false;
const listeners = new Set<Listener>();

/** Records what an answer said about demo data. */
export function noteDemo(value: boolean): void {
  if (value === demo) return;
  demo = value;
  for (const l of listeners) l();
}

/** The current flag (for useSyncExternalStore). */
export function isDemo(): boolean {
  return demo;
}

/** Calls `l` whenever the flag changes; returns the unsubscribe function. */
export function subscribeDemo(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
