/** What the Express server hands to every Remix loader and action of a request. */
export interface RequestContext {
  /** Nonce allowed by this response's Content-Security-Policy for inline scripts. */
  cspNonce: string;
  /** The person's address as Express sees it; the API rate-limits sign-in by it. */
  clientAddress: string;
  /** Correlates this request's log lines in the Remix server and the API. */
  requestId: string;
}

declare module '@remix-run/node' {
  interface AppLoadContext extends RequestContext {}
}

// Both apps run with future.v3_singleFetch, which changes what loaders' data looks like.
declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}
