import type { Extension } from '@codemirror/state';
import type { KeyBindings } from '@tryout/contracts';

/** Vim and Emacs are their own chunks, fetched only when chosen. */
const loaders: Record<KeyBindings, () => Promise<Extension>> = {
  default: () => Promise.resolve([]),
  // `status`: a bar under the editor shows the mode (-- INSERT --) and pending keys.
  vim: () => import('@replit/codemirror-vim').then((m) => m.vim({ status: true })),
  emacs: () => import('@replit/codemirror-emacs').then((m) => m.emacs()),
};

const cache = new Map<KeyBindings, Promise<Extension>>();

export function loadKeyBindings(kind: KeyBindings): Promise<Extension> {
  let bindings = cache.get(kind);
  if (!bindings) {
    bindings = loaders[kind]();
    cache.set(kind, bindings);
    bindings.catch(() => cache.delete(kind));
  }
  return bindings;
}
