/** A filter from the address: one of the allowed values, or none for anything else. */
export function queryChoice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = params.get(name);
  return allowed.find((item) => item === value);
}

/** The search text (`q`) as the list procedures take it: trimmed, at most 200 characters. */
export function querySearch(params: URLSearchParams): string | undefined {
  return (params.get('q') ?? '').trim().slice(0, 200) || undefined;
}
