import type { Database } from '@tandem/db';
import type { ApiConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createSmtpMailer, domainOf } from './mailer.ts';
import { deliverQueuedOutbox } from './outbox-delivery.ts';
import { type PeriodicJob, startPeriodicJob } from './periodic.ts';

/**
 * Starts outbox delivery when SMTP is configured; without `SMTP_URL` returns null and
 * messages wait in the outbox for staff to send by hand.
 */
export function startOutboxDelivery(
  db: Database,
  config: ApiConfig,
  log: Logger,
  intervalMs = config.outboxIntervalMs,
): PeriodicJob | null {
  if (!config.smtpUrl) {
    log.info('outbox delivery off: no SMTP_URL, messages are sent by hand');
    return null;
  }
  const mailer = createSmtpMailer(config.smtpUrl, config.mailFrom);
  const messageIdDomain = domainOf(config.mailFrom);
  const job = startPeriodicJob(
    'outbox-delivery',
    intervalMs,
    async () => {
      await deliverQueuedOutbox(db, mailer, log, { messageIdDomain });
    },
    log,
  );
  log.info('outbox delivery on', { smtpHost: new URL(config.smtpUrl).host, intervalMs });
  return {
    runNow: job.runNow,
    async stop() {
      await job.stop();
      mailer.close();
    },
  };
}
