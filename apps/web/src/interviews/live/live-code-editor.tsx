import { indentUnit } from '@codemirror/language';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import { EditorView, keymap } from '@codemirror/view';
import { useComputedColorScheme } from '@mantine/core';
import { basicSetup } from '@uiw/codemirror-extensions-basic-setup';
import type { LanguageId } from '@tryout/contracts';
import { useEffect, useRef } from 'react';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { useEditorSettings } from '../../problem/editor-settings';
import { loadKeyBindings } from '../../problem/key-bindings';
import { loadLanguageMode } from '../../problem/language-modes';

interface LiveCodeEditorProps {
  text: Y.Text;
  awareness: Awareness;
  language: LanguageId;
  readOnly?: boolean;
  label: string;
  testId?: string;
  /** Characters pasted into the editor (reported as an event). */
  onPaste?: (size: number) => void;
  onRun?: () => void;
  onSubmit?: () => void;
  /** A SQL problem's tables → columns: the editor completes those names. */
  sqlSchema?: Record<string, string[]>;
}

/**
 * CodeMirror bound to a shared Y.Text (y-codemirror.next): remote edits arrive as they are typed,
 * and every participant's cursor and selection show with their name.
 */
export function LiveCodeEditor({
  text,
  awareness,
  language,
  readOnly = false,
  label,
  testId,
  onPaste,
  onRun,
  onSubmit,
  sqlSchema,
}: LiveCodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const compartments = useRef({
    language: new Compartment(),
    readOnly: new Compartment(),
    theme: new Compartment(),
    settings: new Compartment(),
  });
  const { settings } = useEditorSettings();
  const actions = useRef({ onPaste, onRun, onSubmit });
  const scheme = useComputedColorScheme('light');
  useEffect(() => {
    actions.current = { onPaste, onRun, onSubmit };
  }, [onPaste, onRun, onSubmit]);

  useEffect(() => {
    const c = compartments.current;
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        // y-codemirror syncs changes from here on; the editor must start from the document's text.
        doc: text.toJSON(),
        extensions: [
          keymap.of([
            { key: 'Mod-Enter', run: () => (actions.current.onRun?.(), true) },
            { key: 'Mod-Shift-Enter', run: () => (actions.current.onSubmit?.(), true) },
            ...yUndoManagerKeymap,
          ]),
          basicSetup({ foldGutter: true, autocompletion: true, tabSize: 4 }),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.domEventHandlers({
            paste: (event) => {
              actions.current.onPaste?.(event.clipboardData?.getData('text/plain').length ?? 0);
              return false;
            },
          }),
          c.language.of([]),
          c.readOnly.of([]),
          c.theme.of([]),
          c.settings.of([]),
          yCollab(text, awareness),
          EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { overflow: 'auto' } }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, [text, awareness, label]);

  useEffect(() => {
    view.current?.dispatch({
      effects: compartments.current.readOnly.reconfigure([
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
      ]),
    });
  }, [readOnly, text]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.theme.reconfigure(scheme === 'dark' ? oneDark : []) });
  }, [scheme, text]);

  // The user's editor settings, as in every other editor of the app.
  useEffect(() => {
    let current = true;
    void loadKeyBindings(settings.keyBindings).then((bindings) => {
      if (!current) return;
      view.current?.dispatch({
        effects: compartments.current.settings.reconfigure([
          Prec.highest(bindings),
          // Above basicSetup's own tab size.
          Prec.high([
            indentUnit.of(settings.indentWithTabs ? '\t' : ' '.repeat(settings.tabSize)),
            EditorState.tabSize.of(settings.tabSize),
          ]),
          EditorView.theme({ '&': { fontSize: `${settings.fontSize}px` } }),
        ]),
      });
    });
    return () => {
      current = false;
    };
  }, [settings.keyBindings, settings.indentWithTabs, settings.tabSize, settings.fontSize, text]);

  useEffect(() => {
    let current = true;
    void loadLanguageMode(language, sqlSchema).then((extension) => {
      if (current) view.current?.dispatch({ effects: compartments.current.language.reconfigure(extension) });
    });
    return () => {
      current = false;
    };
  }, [language, sqlSchema, text]);

  return <div ref={host} data-testid={testId} data-language={language} style={{ height: '100%' }} />;
}
