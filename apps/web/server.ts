import { startAppServer } from '@tandem/web-kit/express';

await startAppServer({
  moduleUrl: import.meta.url,
  defaultPort: 3000,
  // The applicants' and the social map's CSV import, the HSDS import and the library's file
  // upload (routes.ts).
  csvImportPaths:
    /^\/o\/[^/]+\/programmes\/[^/]+\/((applications|social-map)\/import|social-map\/import-hsds|library)(\.data)?$/,
});
