import { performance } from 'node:perf_hooks';

/** Milliseconds spent per named step, summed over calls. */
export type StepTimings = Record<string, number>;

/** Runs one step, adding its wall time to the timings (if any are being kept). */
export type StepTimer = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/**
 * A timer that adds each step's time to `timings`, or one that only runs the steps when there is
 * nothing to record (the processor in production).
 *
 * @example const step = stepTimer(timings); const rows = await step('read', () => readBatch(...));
 */
export function stepTimer(timings?: StepTimings): StepTimer {
  if (!timings) return (_name, fn) => fn();
  return async (name, fn) => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = (timings[name] ?? 0) + performance.now() - t0;
    }
  };
}
