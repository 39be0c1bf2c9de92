import { resolve } from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z.object({
  API_PORT: port.default(3100),
  API_HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_OWNER_URL: z.string().url().optional(),
  TANDEM_DATA_DIR: z.string().default('.data'),
  TANDEM_FRESH: z.enum(['0', '1']).default('0'),
  SEED_DEMO_DATA: z.enum(['auto', 'yes', 'no']).default('auto'),
  WEB_URL: z.string().url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** smtp://user:pass@host:587 or smtps://…; without it outbox messages are sent by hand. */
  SMTP_URL: z
    .string()
    .url()
    .refine((url) => /^smtps?:\/\//.test(url), 'smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('Tandem <no-reply@localhost>'),
  /** How often queued outbox mail is delivered through SMTP_URL. */
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Without SMTP_URL, sign-in e-mails are written here (default: `mail` in the data folder). */
  MAIL_CAPTURE_DIR: z.string().optional(),
  /** Signs links that work without signing in (stopping reminders); the same in every process. */
  TANDEM_SECRET: z.string().min(32).optional(),
});

export type LogLevel = z.infer<typeof EnvSchema>['LOG_LEVEL'];

export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  pgliteDataDir: string;
  /** Empty the embedded database's folder once it is locked (TANDEM_FRESH=1). */
  freshEmbeddedDatabase: boolean;
  seedDemoData: boolean;
  webUrl: string;
  logLevel: LogLevel;
  /** Null: no automatic delivery; staff copy outbox messages and mark them sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Between two rounds of outbox delivery. */
  outboxIntervalMs: number;
  /** Where sign-in e-mails are written when there is no SMTP server to send them. */
  mailCaptureDir: string;
  /** Null: not configured; the process keeps one in its data folder (see `server-secret.ts`). */
  serverSecret: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = EnvSchema.parse(env);
  return {
    port: parsed.API_PORT,
    host: parsed.API_HOST,
    databaseUrl: parsed.DATABASE_URL,
    databaseOwnerUrl: parsed.DATABASE_OWNER_URL,
    dataDir: resolve(parsed.TANDEM_DATA_DIR),
    pgliteDataDir: resolve(parsed.TANDEM_DATA_DIR, 'pglite'),
    freshEmbeddedDatabase: parsed.TANDEM_FRESH === '1',
    // Demo data belongs on the embedded database of a first start, never silently on a server.
    seedDemoData:
      parsed.SEED_DEMO_DATA === 'yes' || (parsed.SEED_DEMO_DATA === 'auto' && !parsed.DATABASE_URL),
    webUrl: parsed.WEB_URL.replace(/\/$/, ''),
    logLevel: parsed.LOG_LEVEL,
    smtpUrl: parsed.SMTP_URL ?? null,
    mailFrom: parsed.MAIL_FROM,
    outboxIntervalMs: parsed.OUTBOX_INTERVAL_SECONDS * 1000,
    mailCaptureDir: resolve(parsed.MAIL_CAPTURE_DIR ?? resolve(parsed.TANDEM_DATA_DIR, 'mail')),
    serverSecret: parsed.TANDEM_SECRET ?? null,
  };
}
