/** GET /api/health (public) → 200 when everything is up, 503 naming what is down. */
export interface HealthResponse {
  status: 'ok' | 'error';
  /** Keys: database, redis, docker, runner-image:<language>. */
  info: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
  error: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
  details: Record<string, { status: 'up' | 'down'; [key: string]: unknown }>;
}
