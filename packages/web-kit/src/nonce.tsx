import { createContext, type ReactNode, useContext } from 'react';

// In the browser the nonce is hidden from the DOM after parsing, so the empty default
// matches what hydration finds.
const NonceContext = createContext('');

export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string {
  return useContext(NonceContext);
}
