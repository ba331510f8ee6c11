import { useEffect } from 'react';
import type { LiveDocument } from './use-live-document';

/**
 * The candidate's presence while this problem is the active one: tab hidden or shown, window
 * blurred or focused. Shared live through awareness and recorded on the server as events.
 */
export function usePresenceSignals(live: LiveDocument | null, active: boolean): void {
  const connected = live?.status === 'connected' && live.synced;
  useEffect(() => {
    if (!live || !connected || !active) return;
    const publish = () =>
      live.awareness.setLocalStateField('presence', {
        visible: document.visibilityState === 'visible',
        focused: document.hasFocus(),
      });
    const onVisibility = () => {
      live.signal({ kind: document.visibilityState === 'visible' ? 'visible' : 'hidden' });
      publish();
    };
    const onBlur = () => {
      live.signal({ kind: 'blur' });
      publish();
    };
    const onFocus = () => {
      live.signal({ kind: 'focus' });
      publish();
    };
    publish();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
    };
    // `live` changes identity on every status update; the provider is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live?.provider, connected, active]);
}
