import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's folder (where its package.json is), whether the server runs from `server.ts`
 * in development or from the bundle in `build/` in production.
 */
export function findAppRoot(moduleUrl: string): string {
  let directory = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${moduleUrl}`);
    directory = parent;
  }
  return directory;
}
