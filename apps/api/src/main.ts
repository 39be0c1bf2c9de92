import { DataFolderInUseError, seedDemoData } from '@tandem/db';
import { hashPassword } from './auth/password.ts';
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './database.ts';
import { createApiServer } from './http/server.ts';
import { startEvaluations } from './jobs/evaluations.ts';
import { startOutboxDelivery } from './jobs/outbox-job.ts';
import { startOutcomeFollowUps } from './jobs/outcome-follow-up.ts';
import { startReminders } from './jobs/reminders-job.ts';
import { createLogger, errorFields } from './logger.ts';
import { withServerSecret } from './server-secret.ts';

const config = withServerSecret(loadConfig());
const log = createLogger(config.logLevel, { service: 'api' });

try {
  const database = await openConfiguredDatabase(config, log);
  if (config.seedDemoData && (await seedDemoData(database.db, hashPassword))) {
    log.info('demo data seeded');
  }
  const evaluations = startEvaluations(database.db, config, log);
  const server = createApiServer(database.db, config, log, { jobs: { evaluations } });
  server.listen(config.port, config.host, () => {
    log.info('listening', { url: `http://${config.host}:${config.port}` });
  });
  const outboxDelivery = startOutboxDelivery(database.db, config, log);
  const reminders = startReminders(database.db, config, log);
  const outcomeFollowUps = startOutcomeFollowUps(database.db, config, log);
  const shutdown = (signal: string) => {
    log.info('shutting down', { signal });
    // No new job runs from now; a run under way finishes its message before the database closes.
    const jobsStopped = Promise.all([
      outboxDelivery?.stop(),
      reminders.stop(),
      outcomeFollowUps.stop(),
      evaluations.stop(),
    ]);
    server.close(() => {
      void jobsStopped.then(() => database.close()).finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  // The refusal says what to do; a stack trace under it would only bury that.
  if (error instanceof DataFolderInUseError)
    log.error('refusing to start', { reason: error.message });
  else log.error('failed to start', errorFields(error));
  process.exit(1);
}
