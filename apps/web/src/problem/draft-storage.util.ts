import type { LanguageId } from '@tryout/contracts';

export interface StoredDraft {
  source: string;
  updatedAt: string;
}

export function draftKey(userId: string | null, slug: string, language: LanguageId): string {
  // Per account, so two people sharing a browser don't see each other's code.
  return `tryout:draft:${userId ?? 'anonymous'}:${slug}:${language}`;
}

export function parseStoredDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    return typeof value.source === 'string' && typeof value.updatedAt === 'string'
      ? { source: value.source, updatedAt: value.updatedAt }
      : null;
  } catch {
    return null;
  }
}

/** Newest of the local and the server copy wins; ties go to the server (the shared truth). */
export function pickDraft(local: StoredDraft | null, server: StoredDraft | null): StoredDraft | null {
  if (!local) return server;
  if (!server) return local;
  return Date.parse(local.updatedAt) > Date.parse(server.updatedAt) ? local : server;
}
