export * from './intake.ts';
export * from './organisation.ts';
export * from './platform.ts';
