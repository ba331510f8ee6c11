import { AsyncLocalStorage } from 'node:async_hooks';

/** What follows one request through the async calls it makes (the api's first middleware sets it). */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The id of the request being served, or undefined outside one (sweeper, CLI). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
