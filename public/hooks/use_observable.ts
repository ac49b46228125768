// The latest value of a core observable (e.g. theme$), re-rendering on change.
import { useEffect, useState } from 'react';
import type { Observable } from '@kbn/core/public';

export function useObservable<T>(source: Observable<T>, initial: T): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    const subscription = source.subscribe(setValue);
    return () => subscription.unsubscribe();
  }, [source]);
  return value;
}
