// The clock as another thread takes it up: a fixed clock stays fixed, any other runs on from the
// same reading.

import { describe, expect, it } from 'vitest';
import { clockFrom, clockState, fixedClock, setClock, startedClock } from '../../src/core/clock.ts';

/** A monotonic time the test moves by hand. */
function manual(): { elapsed: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { elapsed: () => t, advance: (ms) => void (t += ms) };
}

describe('clockState and clockFrom', () => {
  it('carry a fixed clock as fixed', () => {
    const previous = setClock(fixedClock('2025-11-30T08:00:00Z'));
    try {
      const state = clockState();
      expect(state).toEqual({ at: Date.parse('2025-11-30T08:00:00Z'), running: false });
      const time = manual();
      const clock = clockFrom(state, time.elapsed);
      time.advance(5000);
      expect(clock()).toBe(state.at);
    } finally {
      setClock(previous);
    }
  });

  it('carry a running clock as one that starts at its reading and runs on', () => {
    const source = manual();
    const previous = setClock(startedClock('2026-12-03T04:00:00Z', source.elapsed));
    try {
      source.advance(1234);
      const state = clockState();
      expect(state).toEqual({ at: Date.parse('2026-12-03T04:00:01.234Z'), running: true });
      const time = manual();
      const clock = clockFrom(state, time.elapsed);
      expect(clock()).toBe(state.at);
      time.advance(250);
      expect(clock()).toBe(state.at + 250);
    } finally {
      setClock(previous);
    }
  });
});
