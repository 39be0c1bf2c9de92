import type { Database } from '@tandem/db';
import type { ApiConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { type PeriodicJob, startPeriodicJob } from './periodic.ts';
import { queueDueReminders } from './reminders.ts';

/** Reminders are about days and weeks: an hourly look is soon enough. */
export const REMINDERS_INTERVAL_MS = 60 * 60_000;

/**
 * Starts the reminder job in this process. It only queues messages, so it runs with or
 * without SMTP: without it, staff find the reminders in the outbox.
 */
export function startReminders(
  db: Database,
  config: ApiConfig & { serverSecret: string },
  log: Logger,
  intervalMs = REMINDERS_INTERVAL_MS,
): PeriodicJob {
  const job = startPeriodicJob(
    'reminders',
    intervalMs,
    async () => {
      await queueDueReminders(db, log, {
        webUrl: config.webUrl,
        serverSecret: config.serverSecret,
      });
    },
    log,
  );
  log.info('reminders on', { intervalMs });
  return job;
}
