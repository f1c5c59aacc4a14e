import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';

/**
 * Dexie's liveQuery as a hook: re-runs when the tables it read change (in any tab). `key` names
 * what the query depends on (e.g. the order id); a new key starts a new subscription.
 */
export function useLive<T>(query: () => Promise<T>, key = ''): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const latest = useRef(query);
  latest.current = query;
  useEffect(() => {
    void key;
    const subscription = liveQuery(() => latest.current()).subscribe({
      next: setValue,
      error: (error) => console.error('liveQuery', error),
    });
    return () => subscription.unsubscribe();
  }, [key]);
  return value;
}
