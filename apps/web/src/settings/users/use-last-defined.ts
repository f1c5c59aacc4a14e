import { useRef } from 'react';

/**
 * A modal keeps showing its subject while it animates closed, after the page has already
 * cleared it; this returns the last value that was not null.
 */
export function useLastDefined<T>(value: T | null): T | null {
  const last = useRef(value);
  if (value !== null) last.current = value;
  return value ?? last.current;
}
