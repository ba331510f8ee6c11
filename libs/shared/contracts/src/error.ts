/** Every 4xx/5xx body the API sends. `code` is stable; clients branch on it, never on `message`. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}
