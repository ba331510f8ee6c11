import type { UserDto } from '@tryout/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { onSessionChange, refreshSession } from '../api/http';

export interface AuthState {
  /** `loading` until the first refresh answered, so pages don't flash "signed out". */
  status: 'loading' | 'signed-in' | 'signed-out';
  user: UserDto | null;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<UserDto | null>(null);
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const refreshTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const unsubscribe = onSessionChange((session) => {
      window.clearTimeout(refreshTimer.current);
      setUser((previous) => {
        // Another account's cached data (solved marks, drafts, history) must not leak across.
        if ((previous?.id ?? null) !== (session?.user.id ?? null)) queryClient.removeQueries();
        return session?.user ?? null;
      });
      setStatus(session ? 'signed-in' : 'signed-out');
      if (session) {
        // Refresh a little before the access token expires; a 401 would also trigger it.
        const delay = Math.max(10, session.expiresIn - 30) * 1000;
        refreshTimer.current = window.setTimeout(() => void refreshSession(), delay);
      }
    });
    // The session survives reloads through the httpOnly refresh cookie.
    void refreshSession().then((session) => {
      if (!session) setStatus('signed-out');
    });
    return () => {
      unsubscribe();
      window.clearTimeout(refreshTimer.current);
    };
  }, [queryClient]);

  const value = useMemo<AuthState>(() => ({ status, user, logout: () => api.logout() }), [status, user]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
