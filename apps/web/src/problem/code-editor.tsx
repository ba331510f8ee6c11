import { indentUnit } from '@codemirror/language';
import { Prec, RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { useComputedColorScheme } from '@mantine/core';
import CodeMirror, { type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import type { KeyBindings, LanguageId } from '@tryout/contracts';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useEditorSettings } from './editor-settings';
import { loadKeyBindings } from './key-bindings';
import { loadLanguageMode } from './language-modes';

export interface CodeEditorHandle {
  focusLine(line: number): void;
  focus(): void;
}

interface CodeEditorProps {
  value: string;
  language: LanguageId;
  onChange?: (value: string) => void;
  onRun?: () => void;
  onSubmit?: () => void;
  readOnly?: boolean;
  /** 1-based lines to mark (compile errors). */
  errorLines?: number[];
  label: string;
  height?: string;
  /**
   * With `height="auto"`: the editor grows with its text from this height. Editors inside a form use
   * it: a fixed-height scroller counts as a scrollable region without focusable content (axe, WCAG).
   */
  minHeight?: string;
  testId?: string;
  /** SQL problems: table → column names, completed by a SQL language's editor. */
  sqlSchema?: Record<string, string[]>;
}

const setErrorLines = StateEffect.define<number[]>();
const errorLineMark = Decoration.line({ class: 'cm-tryout-error-line' });

const errorLinesField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    decorations = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setErrorLines)) continue;
      const builder = new RangeSetBuilder<Decoration>();
      for (const line of [...new Set(effect.value)].sort((a, b) => a - b)) {
        if (line >= 1 && line <= tr.state.doc.lines)
          builder.add(tr.state.doc.line(line).from, tr.state.doc.line(line).from, errorLineMark);
      }
      decorations = builder.finish();
    }
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const errorLineTheme = EditorView.baseTheme({
  '&light .cm-tryout-error-line': { backgroundColor: 'rgba(250, 82, 82, 0.14)' },
  '&dark .cm-tryout-error-line': { backgroundColor: 'rgba(250, 82, 82, 0.22)' },
  // One Dark's line numbers (#7d8799 on #282c34) are 3.9:1; this grey is 5.5:1. Set on the
  // elements, not the gutter, so it wins over the inherited theme colour.
  '&dark .cm-gutterElement': { color: '#9aa3b3' },
});

/** CodeMirror 6, bundled; the language mode loads lazily per language. Font, indentation and key bindings follow the editor settings. */
export const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor(
  {
    value,
    language,
    onChange,
    onRun,
    onSubmit,
    readOnly = false,
    errorLines,
    label,
    height = '100%',
    minHeight,
    testId,
    sqlSchema,
  },
  ref,
) {
  const scheme = useComputedColorScheme('light');
  const editorRef = useRef<ReactCodeMirrorRef>(null);
  const [mode, setMode] = useState<{ language: LanguageId; extension: Extension } | null>(null);
  const { settings } = useEditorSettings();
  const [bindings, setBindings] = useState<{ kind: KeyBindings; extension: Extension } | null>(null);
  // Keep the latest callbacks without rebuilding the keymap (which would reset the editor).
  const actions = useRef({ onRun, onSubmit });
  useEffect(() => {
    actions.current = { onRun, onSubmit };
  }, [onRun, onSubmit]);

  useEffect(() => {
    let live = true;
    void loadLanguageMode(language, sqlSchema).then((extension) => {
      if (live) setMode({ language, extension });
    });
    return () => {
      live = false;
    };
  }, [language, sqlSchema]);

  useEffect(() => {
    let live = true;
    void loadKeyBindings(settings.keyBindings).then((extension) => {
      if (live) setBindings({ kind: settings.keyBindings, extension });
    });
    return () => {
      live = false;
    };
  }, [settings.keyBindings]);

  const extensions = useMemo(() => {
    const list: Extension[] = [
      // Above the default keymap, where Mod-Enter would insert a blank line.
      Prec.highest(
        keymap.of([
          { key: 'Mod-Enter', run: () => (actions.current.onRun?.(), true) },
          { key: 'Mod-Shift-Enter', run: () => (actions.current.onSubmit?.(), true) },
        ]),
      ),
      // Vim and Emacs go above the default keymap too (their docs ask for it), below Run/Submit.
      Prec.highest(bindings?.kind === settings.keyBindings ? bindings.extension : []),
      indentUnit.of(settings.indentWithTabs ? '\t' : ' '.repeat(settings.tabSize)),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.lineWrapping,
      errorLinesField,
      errorLineTheme,
    ];
    if (mode?.language === language) list.push(mode.extension);
    return list;
  }, [mode, language, label, bindings, settings.keyBindings, settings.indentWithTabs, settings.tabSize]);

  useEffect(() => {
    const view = editorRef.current?.view;
    view?.dispatch({ effects: setErrorLines.of(errorLines ?? []) });
  }, [errorLines, value, extensions]);

  useImperativeHandle(ref, () => ({
    focus: () => editorRef.current?.view?.focus(),
    focusLine: (line: number) => {
      const view = editorRef.current?.view;
      if (!view) return;
      const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      view.dispatch({
        selection: { anchor: target.from },
        effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
      });
      view.focus();
    },
  }));

  return (
    <CodeMirror
      ref={editorRef}
      value={value}
      height={height}
      minHeight={minHeight}
      style={{ height, fontSize: settings.fontSize }}
      theme={scheme === 'dark' ? 'dark' : 'light'}
      extensions={extensions}
      onChange={onChange}
      readOnly={readOnly}
      editable={!readOnly}
      data-testid={testId}
      data-language={language}
      data-key-bindings={settings.keyBindings}
      basicSetup={{ foldGutter: true, highlightActiveLine: !readOnly, autocompletion: true, tabSize: settings.tabSize }}
    />
  );
});
