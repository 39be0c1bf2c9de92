import { startAppServer } from '@tandem/web-kit/express';

await startAppServer({ moduleUrl: import.meta.url, defaultPort: 3001 });
