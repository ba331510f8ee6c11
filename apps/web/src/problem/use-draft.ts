import type { LanguageId } from '@tryout/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
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

function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clean up then.
  }
}

/** Code written while signed out, for this problem and language, when it is more than the starter. */
function anonymousCode(slug: string, language: LanguageId, starter: string): StoredDraft | null {
  const anon = readLocal(draftKey(null, slug, language));
  return anon && anon.source !== starter && anon.source.trim() !== '' ? anon : null;
}

/** Which copy to keep when the code written signed out and the account's draft differ. */
export type DraftChoice = 'local' | 'server';

/**
 * The code in the editor for one problem and language: restored from local storage at once, then
 * reconciled with the server copy (newest wins); every edit is written locally and PUT to the
 * server after a pause in typing. Code written while signed out is kept in this browser and
 * carried into the account after sign-in or sign-up; when the account already has a different
 * draft, `conflict` is set and nothing is overwritten until the candidate chooses.
 */
export function useDraft(slug: string, language: LanguageId, starter: string, userId: string | null) {
  const key = draftKey(userId, slug, language);
  const initial = (k: string) =>
    (userId ? anonymousCode(slug, language, starter)?.source : undefined) ?? readLocal(k)?.source ?? starter;
  const [state, setState] = useState(() => ({ key, source: initial(key) }));
  const [conflict, setConflict] = useState<{ key: string; server: string } | null>(null);
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
    setState({ key, source: initial(key) });
    setSaveState('idle');
  }

  // ... then reconcile with the server copy.
  useEffect(() => {
    const local = readLocal(key);
    editedSinceLoad.current = false;
    let live = true;
    if (userId) {
      const anon = anonymousCode(slug, language, starter);
      api.draft(slug, language).then(
        (server) => {
          if (!live) return;
          if (anon) {
            // Signed out, then in: the code written before wins unless the account holds other code.
            if (server && server.source !== anon.source && server.source !== starter) {
              setConflict({ key, server: server.source });
              return;
            }
            removeLocal(draftKey(null, slug, language));
            writeLocal(key, anon);
            if (!editedSinceLoad.current) setState({ key, source: anon.source });
            if (server?.source !== anon.source) scheduleServerSave(anon.source);
            return;
          }
          if (editedSinceLoad.current) return;
          if (!server) {
            if (local && local.source !== starter) scheduleServerSave(local.source);
            return;
          }
          const chosen = pickDraft(local, { source: server.source, updatedAt: server.updatedAt });
          if (chosen && chosen !== local) {
            writeLocal(key, chosen);
            setState({ key, source: chosen.source });
          } else if (local && local.source !== server.source) {
            scheduleServerSave(local.source);
          }
        },
        () => {
          // Server unreachable: the local copy stays in the editor and is sent with the next edit.
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

  const pendingChoice = conflict !== null && conflict.key === key;
  const setSource = useCallback(
    (source: string) => {
      editedSinceLoad.current = true;
      setState({ key, source });
      // Until the candidate chooses, edits stay with the signed-out copy and the account's draft is untouched.
      if (pendingChoice) {
        writeLocal(draftKey(null, slug, language), { source, updatedAt: new Date().toISOString() });
        return;
      }
      writeLocal(key, { source, updatedAt: new Date().toISOString() });
      scheduleServerSave(source);
    },
    [key, scheduleServerSave, pendingChoice, slug, language],
  );

  const reset = useCallback(() => setSource(starter), [setSource, starter]);

  const resolveConflict = useCallback(
    (choice: DraftChoice) => {
      if (!conflict || conflict.key !== key) return;
      const local = anonymousCode(slug, language, starter)?.source ?? state.source;
      removeLocal(draftKey(null, slug, language));
      setConflict(null);
      const chosen = choice === 'server' ? conflict.server : local;
      setState({ key, source: chosen });
      writeLocal(key, { source: chosen, updatedAt: new Date().toISOString() });
      if (choice === 'local') scheduleServerSave(chosen);
    },
    [conflict, key, slug, language, starter, scheduleServerSave, state.source],
  );

  return {
    source: state.source,
    setSource,
    reset,
    saveState,
    conflict: pendingChoice,
    resolveConflict,
  };
}
