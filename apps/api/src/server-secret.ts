import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiConfig } from './config.ts';

/**
 * The secret that signs links: `TANDEM_SECRET`, or else one made on the first start and
 * kept in the data folder, so links in e-mails keep working across restarts. Several API
 * processes must share `TANDEM_SECRET`, as they share no folder.
 */
export function withServerSecret(config: ApiConfig): ApiConfig & { serverSecret: string } {
  if (config.serverSecret) return { ...config, serverSecret: config.serverSecret };
  const file = join(config.dataDir, 'server-secret');
  try {
    return { ...config, serverSecret: readFileSync(file, 'utf8').trim() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // `wx`: a second process starting at the same moment keeps the first one's secret.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return { ...config, serverSecret: secret };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { ...config, serverSecret: readFileSync(file, 'utf8').trim() };
  }
}
