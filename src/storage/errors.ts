/**
 * A storage failure the operator must act on (bad DATABASE_URL, database unreachable, DATA_DIR not
 * writable...). The message says what to fix; it never contains a password.
 */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Short description of an unknown thrown value, for messages and logs. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
