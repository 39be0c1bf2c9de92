import type { LogLevel } from './config.ts';
import { AppError } from './errors.ts';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

/** Where log lines go: stdout unless a test reads them. */
export type LogSink = (line: string) => void;
const stdout: LogSink = (line) => process.stdout.write(line);

/** One JSON object per line on stdout, so any log shipper can parse it. */
export function createLogger(level: LogLevel, base: LogFields = {}, sink = stdout): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    sink(
      `${JSON.stringify({ level: at, time: new Date().toISOString(), msg, ...base, ...fields })}\n`,
    );
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (fields) => createLogger(level, { ...base, ...fields }, sink),
  };
}

/** An error whose message we wrote from nothing a person entered: logged with its message. */
export class LoggableError extends Error {
  override name = 'LoggableError';
}

const NAME = /^[A-Za-z_$][\w$]{0,60}$/;
const CODE = /^[0-9A-Z_]{1,40}$/;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const MAX_CAUSES = 4;

/**
 * What a log may say about an error: its class, its code (a PostgreSQL SQLSTATE, a Node.js
 * system code, a tRPC code), the constraint or table a database error names, and the stack's
 * frames. Not a message unless we wrote it: a database error's message quotes the failing
 * query and its values (drizzle's "Failed query: … params: …", PostgreSQL's "Failing row
 * contains (…)"), and so may any error built from input — including the stack's first line.
 */
export function errorFields(error: unknown): LogFields {
  return { err: describe(error, 0) };
}

function describe(error: unknown, depth: number): LogFields {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields: LogFields = { name: NAME.test(error.name) ? error.name : 'Error' };
  const { code, constraint, constraint_name, table, table_name } = error as Error &
    Record<string, unknown>;
  if (typeof code === 'string' && CODE.test(code)) fields.code = code;
  for (const [field, value] of [
    ['constraint', constraint ?? constraint_name],
    ['table', table ?? table_name],
  ] as const)
    if (typeof value === 'string' && IDENTIFIER.test(value)) fields[field] = value;
  if (error instanceof AppError) fields.message = error.key;
  else if (error instanceof LoggableError) fields.message = error.message;
  // The stack starts with "name: message", and the message may run over several lines.
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(error.message.split('\n').length)
    .filter((line) => /^\s+at \S/.test(line));
  if (frames.length > 0) fields.stack = frames.map((line) => line.trim()).join('\n');
  if (error.cause !== undefined && depth < MAX_CAUSES)
    fields.cause = describe(error.cause, depth + 1);
  return fields;
}
