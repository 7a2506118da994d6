/** Thin fetch wrapper for the same-origin /api: JSON in and out, failures as ApiError. */
import type { ErrorBody } from '@zhizao/contract';

/** Dispatched on window when any call answers 401, so the app can show the sign-in page. */
export const unauthenticatedEvent = 'zhizao:unauthenticated';

/** A failed API call: the HTTP status and the server's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof value.code === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

async function readResponse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    throw new ApiError(
      response.status,
      isErrorBody(body) ? body : { code: `HTTP_${response.status}`, message: response.statusText || text },
    );
  }
  // The server validates its responses against @zhizao/contract; the client trusts that shape.
  return body as T;
}

/** Options for `apiRequest`. */
export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A JSON value, or FormData for uploads. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** Calls `path` (starting with /api) and returns the parsed JSON, or throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = { method: options.method ?? 'GET', credentials: 'same-origin' };
  if (options.signal !== undefined) init.signal = options.signal;
  if (options.body instanceof FormData) {
    init.body = options.body;
  } else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await fetch(path, init);
  if (response.status === 401 && !path.startsWith('/api/session'))
    window.dispatchEvent(new Event(unauthenticatedEvent));
  return readResponse<T>(response);
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
