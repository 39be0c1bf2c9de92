import { errorFields, type Logger } from '../logger.ts';

export interface PeriodicJob {
  /** Runs once now, unless a run is already going (then waits for that one). */
  runNow(): Promise<void>;
  /** No new runs; resolves when the current run, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs`, never two at once in this process (other processes are kept
 * apart by the job's own row locks). A failed run is logged and the next one tries again.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  run: () => Promise<void>,
  log: Logger,
): PeriodicJob {
  let current: Promise<void> | null = null;
  let stopped = false;
  const runNow = () => {
    if (stopped) return Promise.resolve();
    current ??= run()
      .catch((error) => log.error('job failed', { job: name, ...errorFields(error) }))
      .finally(() => {
        current = null;
      });
    return current;
  };
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
