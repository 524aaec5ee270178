// Errors the data-access layer raises on purpose; route handlers and actions turn them into
// responses. Anything else is an internal error and is never shown to a client in detail.
export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  invalid: 422,
  precondition_required: 428,
  rate_limited: 429,
  /** Too much work queued (password hashing during a sign-in flood): try again in a moment. */
  busy: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe to show to the client: field errors, or the current state on a conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
