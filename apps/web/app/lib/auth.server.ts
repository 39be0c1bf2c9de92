import { createAuth } from '@tandem/web-kit/server';

/** Admin and tenant app share a host name in development; each keeps its own cookie. */
export const auth = createAuth({ cookieName: 'tandem_session' });
