// The SMTP server the mail set of servers delivers to, keeping each message for the tests.
import { startTestSmtpServer } from '@tandem/test-smtp';

const server = await startTestSmtpServer({
  port: Number(process.env.SMTP_CAPTURE_PORT),
  folder: process.env.SMTP_CAPTURE_DIR,
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
