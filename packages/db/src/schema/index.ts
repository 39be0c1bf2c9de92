export * from './intake.ts';
export * from './organisation.ts';
export * from './partner.ts';
export * from './platform.ts';
export * from './referral.ts';
export * from './training.ts';
