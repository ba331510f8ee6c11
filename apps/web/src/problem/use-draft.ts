import type { LanguageId } from '@tryout/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { api } from '../api/endpoints';
import { draftKey, parseStoredDraft, pickDraft, type StoredDraft } from './draft-storage.util';

export type DraftSaveState = 'idle' | 'saving' | 'saved' | 'local' | 'error';

const SERVER_SAVE_DELAY_MS = 1000;

function readLocal(key: string): StoredDraft | null {
  try {
    return parseStoredDraft(localStorage.getItem(key));
  } catch {
    return null;
  }
}

function writeLocal(key: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: the server copy still holds it.
  }
}

/**
 * The code in the editor for one problem and language: restored from local storage at once, then
 * reconciled with the server copy (newest wins); every edit is written locally and PUT to the
 * server after a pause in typing.
 */
export function useDraft(slug: string, language: LanguageId, starter: string, userId: string | null) {
  const key = draftKey(userId, slug, language);
  const [state, setState] = useState(() => ({ key, source: readLocal(key)?.source ?? starter }));
  const [saveState, setSaveState] = useState<DraftSaveState>('idle');
  const pending = useRef<{ timer: number; run: () => void } | null>(null);
  const editedSinceLoad = useRef(false);

  const flush = useCallback(() => {
    if (!pending.current) return;
    window.clearTimeout(pending.current.timer);
    const { run } = pending.current;
    pending.current = null;
    run();
  }, []);

  const scheduleServerSave = useCallback(
    (source: string) => {
      if (!userId) {
        setSaveState('local');
        return;
      }
      if (pending.current) window.clearTimeout(pending.current.timer);
      const run = () => {
        setSaveState('saving');
        api.putDraft(slug, language, source).then(
          () => setSaveState('saved'),
          () => setSaveState('error'),
        );
      };
      pending.current = { timer: window.setTimeout(() => flush(), SERVER_SAVE_DELAY_MS), run };
    },
    [slug, language, userId, flush],
  );

  // A new problem, language or account: show the local copy at once (adjusting state in render).
  if (state.key !== key) {
    setState({ key, source: readLocal(key)?.source ?? starter });
    setSaveState('idle');
  }

  // ... then reconcile with the server copy.
  useEffect(() => {
    const local = readLocal(key);
    editedSinceLoad.current = false;
    let live = true;
    if (userId) {
      api.draft(slug, language).then(
        (server) => {
          if (!live || editedSinceLoad.current) return;
          const chosen = pickDraft(local, { source: server.source, updatedAt: server.updatedAt });
          if (chosen && chosen !== local) {
            writeLocal(key, chosen);
            setState({ key, source: chosen.source });
          } else if (local && local.source !== server.source) {
            scheduleServerSave(local.source);
          }
        },
        (error: unknown) => {
          if (live && error instanceof ApiError && error.status === 404 && local && local.source !== starter) {
            scheduleServerSave(local.source);
          }
        },
      );
    }
    return () => {
      live = false;
      flush();
    };
  }, [key, slug, language, userId, starter, scheduleServerSave, flush]);

  // Leaving the page: send what is pending.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  const setSource = useCallback(
    (source: string) => {
      editedSinceLoad.current = true;
      setState({ key, source });
      writeLocal(key, { source, updatedAt: new Date().toISOString() });
      scheduleServerSave(source);
    },
    [key, scheduleServerSave],
  );

  const reset = useCallback(() => setSource(starter), [setSource, starter]);

  return { source: state.source, setSource, reset, saveState };
}
