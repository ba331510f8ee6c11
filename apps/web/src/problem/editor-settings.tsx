import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_EDITOR_SETTINGS,
  editorSettingsFrom,
  sameEditorSettings,
  type EditorSettings,
  type EditorSettingsDto,
} from '@tryout/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';

const STORAGE_KEY = 'tryout:editor-settings';
/** Typing a font size sends one request, not one per keystroke. */
const SAVE_DELAY_MS = 300;

export type EditorSettingsSaveState = 'idle' | 'saving' | 'saved' | 'error';

interface EditorSettingsState {
  settings: EditorSettings;
  update: (patch: Partial<EditorSettings>) => void;
  /** Where the settings live: the account when signed in, this browser otherwise. */
  stored: 'account' | 'browser';
  saveState: EditorSettingsSaveState;
}

const EditorSettingsContext = createContext<EditorSettingsState | null>(null);

function readLocal(): EditorSettings {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? editorSettingsFrom(JSON.parse(raw)) : DEFAULT_EDITOR_SETTINGS;
  } catch {
    return DEFAULT_EDITOR_SETTINGS;
  }
}

function writeLocal(settings: EditorSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the settings still apply for this visit.
  }
}

const pick = ({ fontSize, tabSize, indentWithTabs, keyBindings }: EditorSettings): EditorSettings => ({
  fontSize,
  tabSize,
  indentWithTabs,
  keyBindings,
});

/**
 * The code editor settings of every editor in the app: the account's when signed in (this
 * browser's copy is kept in step, and carried to an account that never saved any), localStorage otherwise.
 */
export function EditorSettingsProvider({ children }: { children: ReactNode }) {
  const { status, user } = useAuth();
  const signedIn = status === 'signed-in' && !!user;
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ['editor-settings', user?.id ?? null], [user?.id]);
  const [local, setLocal] = useState<EditorSettings>(readLocal);
  const [saveState, setSaveState] = useState<EditorSettingsSaveState>('idle');
  const timer = useRef<number | undefined>(undefined);

  const server = useQuery({
    queryKey,
    queryFn: async () => {
      const saved = await api.editorSettings();
      // An account that never saved settings takes what this browser had (e.g. chosen before sign-up).
      const here = readLocal();
      if (saved.updatedAt !== null || sameEditorSettings(here, DEFAULT_EDITOR_SETTINGS)) return saved;
      return api.putEditorSettings(here);
    },
    enabled: signedIn,
    staleTime: Infinity,
  });

  const save = useCallback(
    (next: EditorSettings) => {
      window.clearTimeout(timer.current);
      setSaveState('saving');
      timer.current = window.setTimeout(() => {
        api.putEditorSettings(next).then(
          (saved) => {
            queryClient.setQueryData<EditorSettingsDto>(queryKey, saved);
            setSaveState('saved');
          },
          () => setSaveState('error'),
        );
      }, SAVE_DELAY_MS);
    },
    [queryClient, queryKey],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const settings = signedIn && server.data ? pick(server.data) : local;

  useEffect(() => {
    if (signedIn && server.data) writeLocal(pick(server.data));
  }, [signedIn, server.data]);

  const update = useCallback(
    (patch: Partial<EditorSettings>) => {
      const next = { ...settings, ...patch };
      setLocal(next);
      writeLocal(next);
      if (!signedIn) return;
      queryClient.setQueryData<EditorSettingsDto>(queryKey, (old) => ({ ...next, updatedAt: old?.updatedAt ?? null }));
      save(next);
    },
    [settings, signedIn, queryClient, queryKey, save],
  );

  const value = useMemo<EditorSettingsState>(
    () => ({ settings, update, stored: signedIn ? 'account' : 'browser', saveState }),
    [settings, update, signedIn, saveState],
  );
  return <EditorSettingsContext.Provider value={value}>{children}</EditorSettingsContext.Provider>;
}

export function useEditorSettings(): EditorSettingsState {
  const value = useContext(EditorSettingsContext);
  if (!value) throw new Error('useEditorSettings outside EditorSettingsProvider');
  return value;
}
