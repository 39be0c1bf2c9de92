import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** One message as a real SMTP server received it, with the MIME encodings undone. */
export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  /** The parts of a multipart message (none for a single part), each with its own headers. */
  parts: MailPart[];
}

export interface MailPart {
  headers: Record<string, string>;
  text: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** Recipients the server refuses (550) while they are in this set. */
  refusing: Set<string>;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Loopback port to listen on; an ephemeral one when left out. */
  port?: number;
  /**
   * Also writes each message, decoded, as `<sequence>.json` here: for readers in other
   * processes, such as the end-to-end tests' workers.
   */
  folder?: string;
}

/** A real SMTP server (the `smtp-server` package) on a loopback port. */
export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const { folder } = options;
  if (folder) mkdirSync(folder, { recursive: true });
  const refusing = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusing.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const parsed = parseMessage(Buffer.concat(chunks).toString('latin1'));
        const mail: ReceivedMail = {
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          ...parsed,
        };
        received.push(mail);
        if (folder) {
          // Written whole under a temporary name, so a reader never sees half a message.
          const name = String(received.length).padStart(6, '0');
          writeFileSync(join(folder, `${name}.tmp`), JSON.stringify(mail));
          renameSync(join(folder, `${name}.tmp`), join(folder, `${name}.json`));
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusing,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The messages a server started with `folder` has written there, in the order received. */
export function receivedIn(folder: string): ReceivedMail[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as ReceivedMail);
}

/**
 * Just enough MIME for our messages: headers, encoded words, QP or base64, and multipart
 * bodies (an invitation's text and calendar), whose text is that of the plain-text part.
 */
function parseMessage(raw: string): Omit<ReceivedMail, 'envelopeFrom' | 'envelopeTo'> {
  const { headers, text } = parsePart(raw);
  const parts = leafParts(raw);
  const subject = decodeWords(headers.subject ?? '');
  if (parts.length === 0) return { headers, subject, text, parts };
  const plain = parts.find((p) => /^text\/plain/i.test(p.headers['content-type'] ?? ''));
  return { headers, subject, text: plain?.text ?? '', parts };
}

/** The non-multipart parts of a multipart entity, depth first; none for a single part. */
function leafParts(raw: string): MailPart[] {
  const { headers } = parsePart(raw);
  const type = headers['content-type'] ?? '';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary || !/^multipart\//i.test(type)) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((chunk) => {
      const entity = chunk.replace(/^\r\n/, '');
      const nested = leafParts(entity);
      return nested.length > 0 ? nested : [parsePart(entity)];
    });
}

function parsePart(raw: string): MailPart {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body.replace(/=\r\n/g, ''))
        : Buffer.from(body, 'latin1');
  const text = bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
  return { headers, text };
}

function decodeQuotedPrintable(value: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(value.charCodeAt(i));
  }
  return Buffer.from(out);
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, mode: string, data: string) =>
      mode.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}
