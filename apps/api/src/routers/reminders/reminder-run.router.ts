import { organisations } from '@tandem/db';
import { brusselsDate } from '@tandem/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { dueReminders } from '../../jobs/reminders.ts';
import { queueReminder } from '../../reminders/queue-reminder.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { QueueDueRemindersInput } from './reminders.schema.ts';

/**
 * The reminder job's own run, for one organisation, when a coordinator asks: an organisation
 * that sends its mail by hand prepares this week's reminders while someone is at the desk
 * instead of waiting for the hourly round. The same weekly key as the job's keeps a second
 * press, or the job after it, from queueing anything again.
 */
export const reminderRunRouter = router({
  queueDue: organisationProcedure('duo.coordinate')
    .input(QueueDueRemindersInput)
    .mutation(async ({ ctx }) => {
      const secret = ctx.config.serverSecret;
      if (!secret) throw new AppError('internal');
      const [organisation] = await ctx.tx
        .select()
        .from(organisations)
        .where(eq(organisations.id, ctx.organisationId));
      if (!organisation) throw new AppError('not_found');
      const today = brusselsDate(new Date().toISOString());
      const due = await dueReminders(ctx.tx, organisation, today, {
        webUrl: ctx.config.webUrl,
        serverSecret: secret,
      });
      let queued = 0;
      for (const reminder of due) if (await queueReminder(ctx.tx, reminder)) queued += 1;
      return { queued };
    }),
});
