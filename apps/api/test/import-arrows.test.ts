import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Import arrows point downward (docs/decisions/0009-how-the-apps-get-the-api-types.md): the
 * root router composes the routers, a router builds on the shared layers below it and never on
 * another router, services know no transport, and packages never import an app, except the
 * router's type through the type-only entry of @tandem/api.
 */

const repo = resolve(import.meta.dirname, '../../..');
const apiSrc = join(repo, 'apps/api/src');
const apps = join(repo, 'apps');

interface Import {
  /** Relative to the repository, with forward slashes. */
  file: string;
  specifier: string;
  /** Resolved to a repository path for a relative specifier, else null. */
  target: string | null;
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
// The clause between the keyword and `from` holds only names, braces, commas and `*`, so a
// match never runs on past the end of an import or export statement.
const STATEMENT =
  /^\s*(?:import|export)\s+(type\s+)?(?:[\w$*{},\s]*?\s*from\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

const toRepoPath = (path: string) => relative(repo, path).split(sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE.test(file) && !file.split(sep).includes('node_modules'))
    .map((file) => join(dir, file));
}

function importsOf(path: string): Import[] {
  const text = readFileSync(path, 'utf8');
  const file = toRepoPath(path);
  const found = (specifier: string, typeOnly: boolean): Import => ({
    file,
    specifier,
    target: specifier.startsWith('.') ? toRepoPath(resolve(dirname(path), specifier)) : null,
    typeOnly,
  });
  return [
    ...[...text.matchAll(STATEMENT)].map((m) => found(m[2] as string, m[1] !== undefined)),
    ...[...text.matchAll(DYNAMIC)].map((m) => found(m[1] as string, false)),
  ];
}

const apiImports = sourceFiles(apiSrc).flatMap(importsOf);
const packageImports = readdirSync(join(repo, 'packages'))
  .flatMap((name) => sourceFiles(join(repo, 'packages', name, 'src')))
  .flatMap(importsOf);
const remixImports = ['web', 'admin']
  .flatMap((name) => sourceFiles(join(apps, name, 'app')))
  .flatMap(importsOf);

const show = (i: Import) => `${i.file} → ${i.specifier}`;
const under = (path: string | null, folder: string) => path?.startsWith(`${folder}/`) ?? false;
const ROUTERS = 'apps/api/src/routers';
const routerFolderOf = (path: string | null) =>
  under(path, ROUTERS) ? (path as string).slice(ROUTERS.length + 1).split('/')[0] : null;

describe('import arrows', () => {
  it('reads the import statements it judges', () => {
    expect(apiImports.map(show)).toContain('apps/api/src/trpc/procedures.ts → ../shared.schema.ts');
    expect(packageImports).toContainEqual(
      expect.objectContaining({
        file: 'packages/web-kit/src/api.server.ts',
        specifier: '@tandem/api',
        typeOnly: true,
      }),
    );
  });

  it("a router's folder imports nothing from another router's folder", () => {
    const crossing = apiImports.filter((i) => {
      const from = routerFolderOf(i.file);
      const to = routerFolderOf(i.target);
      return from !== null && to !== null && from !== to;
    });
    expect(crossing.map(show)).toEqual([]);
  });

  it('only the root router and the REST transport import the routers', () => {
    const upward = apiImports.filter(
      (i) =>
        under(i.target, ROUTERS) &&
        !under(i.file, ROUTERS) &&
        i.file !== 'apps/api/src/router.ts' &&
        !under(i.file, 'apps/api/src/partner-api'),
    );
    expect(upward.map(show)).toEqual([]);
  });

  it('routers do not import the REST transport (what both need lives below them)', () => {
    const upward = apiImports.filter(
      (i) => under(i.file, ROUTERS) && under(i.target, 'apps/api/src/partner-api'),
    );
    expect(upward.map(show)).toEqual([]);
  });

  it('the tRPC layer imports nothing under routers/', () => {
    const upward = apiImports.filter(
      (i) => under(i.file, 'apps/api/src/trpc') && under(i.target, ROUTERS),
    );
    expect(upward.map(show)).toEqual([]);
  });

  it('a service knows no transport: the transports call it, never the reverse', () => {
    const transports = ['apps/api/src/trpc', 'apps/api/src/http', 'apps/api/src/partner-api'];
    const reverse = apiImports.filter(
      (i) =>
        i.file.endsWith('.service.ts') &&
        (transports.some((t) => under(i.target, t)) || (i.target?.endsWith('.router.ts') ?? false)),
    );
    expect(reverse.map(show)).toEqual([]);
  });

  it("packages import no app, except web-kit's import type from @tandem/api", () => {
    const APP_PACKAGE = /^@tandem\/(api|web|admin)(\/|$)/;
    const intoApps = packageImports.filter((i) => {
      if (i.target !== null) return under(i.target, toRepoPath(apps));
      if (!APP_PACKAGE.test(i.specifier)) return false;
      const apiTypes =
        i.specifier === '@tandem/api' && i.typeOnly && under(i.file, 'packages/web-kit');
      return !apiTypes;
    });
    expect(intoApps.map(show)).toEqual([]);
  });

  it('the Remix apps take only the type of the API, through its type-only entry', () => {
    const apiCode = remixImports.filter((i) =>
      i.target === null
        ? /^@tandem\/api(\/|$)/.test(i.specifier) && !(i.specifier === '@tandem/api' && i.typeOnly)
        : under(i.target, 'apps/api'),
    );
    expect(remixImports.length).toBeGreaterThan(0);
    expect(apiCode.map(show)).toEqual([]);
  });
});
