export { findAppRoot } from './app-root.ts';
export { BODY_LIMITS, type BodyLimitOptions, bodyLimit } from './body-limit.ts';
export { type AppServerOptions, createAppServer } from './create-app.ts';
export { csrfProtection, isSameOriginRequest } from './csrf.ts';
export { requestId } from './request-id.ts';
export { contentSecurityPolicy, securityHeaders } from './security-headers.ts';
export { startAppServer } from './start.ts';
