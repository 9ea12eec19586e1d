import { ETagConflictError, type Store } from '../storage/types';
import type { Telemetry } from './telemetry';

/**
 * The store, with every failed call counted by operation. A stale eTag is an expected outcome of
 * concurrent turns (the caller handles it), not a store error.
 */
export function countingStoreErrors(store: Store, telemetry: Telemetry): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const operation = String(property);
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((error: unknown) => {
          if (!(error instanceof ETagConflictError)) telemetry.storeError(operation);
          throw error;
        });
      };
    },
  });
}
