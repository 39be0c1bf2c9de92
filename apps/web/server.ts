import { startAppServer } from '@tandem/web-kit/express';

await startAppServer({
  moduleUrl: import.meta.url,
  defaultPort: 3000,
  // The applicants' and the social map's CSV import (routes.ts).
  csvImportPaths: /^\/o\/[^/]+\/programmes\/[^/]+\/(applications|social-map)\/import(\.data)?$/,
});
