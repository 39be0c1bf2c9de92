export * from './organisation.ts';
export * from './platform.ts';
