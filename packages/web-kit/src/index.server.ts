import './load-context.ts';

export { type Api, type ApiInputs, type ApiOutputs, createApi } from './api.server.ts';
export { type Auth, createAuth, type Me, safeReturnTo, type Viewer } from './auth.server.ts';
export { signIn, signOut, startSession, switchLocale } from './auth-actions.server.ts';
export { text, texts } from './form-data.server.ts';
export { apiErrorKey, toFormErrors } from './form-errors.server.ts';
export { queryChoice, querySearch } from './list-filters.server.ts';
export type { RequestContext } from './load-context.ts';
export { rethrowAsRouteError } from './loader-errors.server.ts';
export { resolveLocale, translatorFor } from './locale.server.ts';
export { confirmedPassword } from './password-form.server.ts';
