export { default, handleDataRequest, streamTimeout } from '@tandem/web-kit/entry.server';
