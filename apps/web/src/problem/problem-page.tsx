import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Kbd,
  Loader,
  Menu,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  Tooltip,
} from '@mantine/core';
import { useHotkeys, useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import {
  LANGUAGES,
  customInputsSizeError,
  validateCustomInput,
  type LanguageId,
  type ProblemDetailDto,
} from '@tryout/contracts';
import { IconChevronLeft, IconCloudUpload, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Group as PanelGroup, Panel, Separator } from 'react-resizable-panels';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { NotFoundPage } from '../shared/not-found-page';
import { CodeEditor, type CodeEditorHandle } from './code-editor';
import { EditorSettingsButton } from './editor-settings-button';
import { parseCompileDiagnostics } from './compile-errors.util';
import { ConsolePanel, type ConsoleTab } from './console-panel';
import { EditorialPanel } from './editorial-panel';
import { HintsPanel } from './hints-panel';
import { HistoryPanel } from './history-panel';
import classes from './problem-page.module.css';
import { ProblemDescription } from './problem-description';
import { SimilarProblems } from './similar-problems';
import { completionSchema } from './sql/sql-data.util';
import { casesAreSamples } from './test-case.util';
import { useDraft } from './use-draft';
import { useJudge } from './use-judge';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** The languages the select offers: a SQL problem's dialects, or the problem's languages. */
function offeredLanguages(problem: ProblemDetailDto): LanguageId[] {
  const sql = problem.sql;
  return sql ? problem.languages.filter((l) => sql.dialects.includes(l)) : problem.languages;
}

function pickLanguage(allowed: LanguageId[], preferred: string): LanguageId {
  if ((allowed as string[]).includes(preferred)) return preferred as LanguageId;
  return allowed.includes('python') ? 'python' : (allowed[0] ?? 'python');
}

type MobilePane = 'statement' | 'code' | 'console';
const MOBILE_PANES: { label: string; value: MobilePane }[] = [
  { label: 'Description', value: 'statement' },
  { label: 'Code', value: 'code' },
  { label: 'Console', value: 'console' },
];

function Workspace({ problem }: { problem: ProblemDetailDto }) {
  const { status, user } = useAuth();
  const navigate = useNavigate();
  const signedIn = status === 'signed-in';
  const stacked = useMediaQuery('(max-width: 62em)');
  // A phone: one pane at a time at full height, rather than three slivers that each scroll (and
  // no hover tooltips, which a tap leaves standing over the header).
  const narrow = useMediaQuery('(max-width: 48em)');
  const [mobilePane, setMobilePane] = useState<MobilePane>('statement');
  // A SQL dialect is remembered apart from the coding language: neither choice overrides the other.
  const [preferred, setPreferred] = useLocalStorage({
    key: problem.sql ? 'tryout:sql-dialect' : 'tryout:language',
    defaultValue: problem.sql ? 'postgresql' : 'python',
  });
  const languages = useMemo(() => offeredLanguages(problem), [problem]);
  const language = pickLanguage(languages, preferred);
  const starter = problem.starterCode[language] ?? '';
  const draft = useDraft(problem.slug, language, starter, user?.id ?? null);
  const judge = useJudge(problem.slug);
  const editor = useRef<CodeEditorHandle>(null);
  // `?submission=<id>` (the profile's recent submissions link here) opens that entry of the history.
  const [searchParams, setSearchParams] = useSearchParams();
  const openSubmission = signedIn ? searchParams.get('submission') : null;
  const setOpenSubmission = useCallback(
    (id: string | null) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set('submission', id);
          else next.delete('submission');
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  const [leftTab, setLeftTab] = useState<string | null>(openSubmission ? 'submissions' : 'description');
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>('testcase');
  const [selectedCase, setSelectedCase] = useState(0);
  const [cases, setCases] = useState<string[]>(() =>
    problem.samples.length ? problem.samples.map((s) => s.input) : [''],
  );
  const [runError, setRunError] = useState<string | null>(null);
  // On a phone, Run and Submit (and a case they refuse) show the console.
  // Adjusted while rendering, when it changes (React's pattern for state that follows other state).
  const consoleWanted = judge.busy || runError !== null;
  const [wasWanted, setWasWanted] = useState(consoleWanted);
  if (consoleWanted !== wasWanted) {
    setWasWanted(consoleWanted);
    if (consoleWanted) setMobilePane('console');
  }
  // The result shows the limits of the language it ran in, not the one the menu shows now.
  const limits = problem.languageLimits[judge.state.language ?? language];
  const resultContext = useMemo(
    () => ({ signature: problem.signature, limits, sql: problem.sql }),
    [problem.signature, limits, problem.sql],
  );
  const sqlSchema = useMemo(() => (problem.sql ? completionSchema(problem.sql.tables) : undefined), [problem.sql]);
  const sqlConsole = useMemo(
    () => (problem.sql && sqlSchema ? { tables: problem.sql.tables, language, schema: sqlSchema } : undefined),
    [problem.sql, sqlSchema, language],
  );

  useEffect(() => {
    document.title = `${problem.title} · Tryout`;
  }, [problem.title]);

  const act = useCallback(
    (mode: 'run' | 'submit') => {
      if (!signedIn) {
        void navigate(`/login?next=${encodeURIComponent(`/problems/${problem.slug}`)}`);
        return;
      }
      if (judge.busy) return;
      const custom = mode === 'run' && !casesAreSamples(cases, problem.samples) ? cases : undefined;
      if (custom) {
        // The same checks the API makes, before sending: a case too large for the limit (else the
        // API's 413 arrives instead of a result), then which case and what shape it needs.
        const tooLarge = customInputsSizeError(custom);
        if (tooLarge) {
          setRunError(tooLarge.message);
          setSelectedCase(tooLarge.caseIndex);
          setConsoleTab('testcase');
          return;
        }
        const bad = custom.map((c) => validateCustomInput(problem.signature, c)).findIndex((e) => e !== null);
        if (bad >= 0) {
          setRunError(`Case ${bad + 1}: ${validateCustomInput(problem.signature, custom[bad]) ?? ''}`);
          setSelectedCase(bad);
          setConsoleTab('testcase');
          return;
        }
      }
      setRunError(null);
      setConsoleTab('result');
      void judge.start(mode, language, draft.source, custom);
    },
    [signedIn, navigate, problem.slug, problem.samples, problem.signature, judge, cases, language, draft.source],
  );
  const run = useCallback(() => act('run'), [act]);
  // What Run sends: edited cases replace the samples (the same test act() makes).
  const runsOwnCases = !casesAreSamples(cases, problem.samples);
  const submit = useCallback(() => act('submit'), [act]);

  // Outside the editor too (CodeMirror handles its own keys first), including the custom input box.
  useHotkeys(
    [
      ['mod+Enter', run],
      ['mod+shift+Enter', submit],
    ],
    [],
  );

  const errorLines = useMemo(() => {
    if (judge.state.verdict !== 'compile_error' || !judge.state.compileOutput) return [];
    return parseCompileDiagnostics(judge.state.compileOutput).map((d) => d.line);
  }, [judge.state.verdict, judge.state.compileOutput]);

  const saveLabel = {
    idle: '',
    saving: 'Saving…',
    saved: 'Saved',
    local: 'Saved in this browser',
    error: 'Saved in this browser only (server unreachable)',
  }[draft.saveState];

  const left = (
    <Tabs value={leftTab} onChange={setLeftTab} keepMounted={false} className={classes.paneTabs}>
      <Tabs.List>
        <Tabs.Tab value="description">Description</Tabs.Tab>
        <Tabs.Tab value="editorial" data-testid="editorial-tab">
          Editorial
        </Tabs.Tab>
        <Tabs.Tab value="submissions" disabled={!signedIn} data-testid="submissions-tab">
          Submissions
        </Tabs.Tab>
      </Tabs.List>
      <ScrollArea
        className={classes.paneScroll}
        type="auto"
        viewportProps={{
          tabIndex: 0,
          'aria-label':
            leftTab === 'description'
              ? 'Problem description'
              : leftTab === 'editorial'
                ? 'Editorial'
                : 'Your submissions',
        }}
      >
        <Tabs.Panel value="description">
          <ProblemDescription problem={problem} language={language} />
          <HintsPanel slug={problem.slug} />
          <SimilarProblems slug={problem.slug} />
        </Tabs.Panel>
        <Tabs.Panel value="editorial">
          <EditorialPanel slug={problem.slug} />
        </Tabs.Panel>
        {signedIn && (
          <Tabs.Panel value="submissions">
            <HistoryPanel
              slug={problem.slug}
              openId={openSubmission}
              onOpen={setOpenSubmission}
              signature={problem.signature}
              languageLimits={problem.languageLimits}
              sql={problem.sql}
              onLoadCode={(lang, source) => {
                setPreferred(lang);
                // The draft hook keys by language; write after the switch lands.
                window.setTimeout(() => draft.setSource(source), 0);
              }}
            />
          </Tabs.Panel>
        )}
      </ScrollArea>
    </Tabs>
  );

  const editorPane = (
    <Box className={classes.pane}>
      <Group justify="space-between" px="sm" py={6} className={classes.paneHeader} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Select
            aria-label="Language"
            size="xs"
            w={190}
            allowDeselect={false}
            data={languages.map((id) => ({ value: id, label: LANGUAGES[id].name }))}
            value={language}
            onChange={(value) => value && setPreferred(value)}
            data-testid="language-select"
          />
          <Text size="xs" c="dimmed" aria-live="polite" data-testid="save-state">
            {saveLabel}
          </Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Menu position="bottom-end">
            <Menu.Target>
              <Tooltip label="Reset to the starter code">
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  leftSection={<IconRefresh size={14} />}
                  aria-label="Reset code"
                >
                  Reset
                </Button>
              </Tooltip>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Replace your code with the starter?</Menu.Label>
              <Menu.Item color="red" onClick={draft.reset} data-testid="confirm-reset">
                Reset to starter code
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <EditorSettingsButton />
        </Group>
      </Group>
      {draft.conflict && (
        <Alert
          color="blue"
          variant="light"
          radius={0}
          p="xs"
          title="Two versions of your code"
          data-testid="draft-conflict"
        >
          <Stack gap={6}>
            <Text size="sm">
              The editor shows the code you wrote before signing in. Your account also has a saved draft for{' '}
              {LANGUAGES[language].name} that differs from it. Which one do you want to keep?
            </Text>
            <Group gap="xs">
              <Button size="compact-sm" onClick={() => draft.resolveConflict('local')} data-testid="keep-local-draft">
                Keep the code from before sign-in
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => draft.resolveConflict('server')}
                data-testid="keep-server-draft"
              >
                Use my saved draft
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Box className={classes.editorBox}>
        <CodeEditor
          ref={editor}
          value={draft.source}
          language={language}
          onChange={draft.setSource}
          onRun={run}
          onSubmit={submit}
          errorLines={errorLines}
          sqlSchema={sqlSchema}
          label={`${LANGUAGES[language].name} code editor`}
          testId="code-editor"
        />
      </Box>
    </Box>
  );

  const consolePane = (
    <Box className={classes.pane}>
      <ConsolePanel
        samples={problem.samples}
        signature={problem.signature}
        cases={cases}
        onCasesChange={(next) => {
          setCases(next);
          setRunError(null);
        }}
        selectedCase={selectedCase}
        onSelectCase={setSelectedCase}
        runError={runError}
        tab={consoleTab}
        onTabChange={setConsoleTab}
        result={judge.state}
        context={resultContext}
        onJumpToLine={(line) => editor.current?.focusLine(line)}
        sql={sqlConsole}
      />
    </Box>
  );

  return (
    <Box className={classes.workspace}>
      <Group justify="space-between" px="sm" className={classes.toolbar} wrap="nowrap">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Anchor component={Link} to="/problems" size="sm" className={classes.back}>
            <IconChevronLeft size={16} aria-hidden /> Problem list
          </Anchor>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Tooltip disabled={narrow} label={`${runsOwnCases ? 'Run your cases' : 'Run the samples'} (${MOD}+Enter)`}>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlayerPlay size={14} />}
              onClick={run}
              loading={judge.busy && judge.state.mode === 'run'}
              disabled={judge.busy && judge.state.mode !== 'run'}
              data-testid="run-button"
            >
              Run
            </Button>
          </Tooltip>
          <Tooltip disabled={narrow} label={`Submit against every test (${MOD}+Shift+Enter)`}>
            <Button
              color="teal.9"
              size="xs"
              leftSection={<IconCloudUpload size={14} />}
              onClick={submit}
              loading={judge.busy && judge.state.mode === 'submit'}
              disabled={judge.busy && judge.state.mode !== 'submit'}
              data-testid="submit-button"
            >
              Submit
            </Button>
          </Tooltip>
        </Group>
        <Group gap={4} wrap="nowrap" visibleFrom="md" aria-hidden>
          <Kbd size="xs">{MOD}</Kbd>+<Kbd size="xs">Enter</Kbd>
          <Text size="xs" c="dimmed">
            run
          </Text>
        </Group>
      </Group>
      {narrow ? (
        <Stack gap={8} className={classes.mobile}>
          <SegmentedControl
            fullWidth
            size="xs"
            value={mobilePane}
            onChange={(v) => setMobilePane(v as MobilePane)}
            data={MOBILE_PANES}
            aria-label="Show"
            data-testid="mobile-pane-switch"
          />
          {/* Hidden, not unmounted: the editor keeps its state and the result its stream. */}
          <Box className={classes.mobilePane} hidden={mobilePane !== 'statement'} data-testid="statement-pane">
            {left}
          </Box>
          <Box className={classes.mobilePane} hidden={mobilePane !== 'code'}>
            {editorPane}
          </Box>
          <Box className={classes.mobilePane} hidden={mobilePane !== 'console'}>
            {consolePane}
          </Box>
        </Stack>
      ) : (
        <PanelGroup
          orientation={stacked ? 'vertical' : 'horizontal'}
          className={classes.panels}
          id="tryout-problem-split"
        >
          <Panel defaultSize="44%" minSize="20%" id="left">
            {left}
          </Panel>
          <Separator className={classes.separator} aria-label="Resize statement and editor" />
          <Panel defaultSize="56%" minSize="30%" id="right">
            <PanelGroup orientation="vertical" className={classes.inner} id="tryout-editor-split">
              <Panel defaultSize="62%" minSize="20%" id="editor">
                {editorPane}
              </Panel>
              <Separator className={classes.separatorHorizontal} aria-label="Resize editor and console" />
              <Panel defaultSize="38%" minSize="12%" id="console">
                {consolePane}
              </Panel>
            </PanelGroup>
          </Panel>
        </PanelGroup>
      )}
    </Box>
  );
}

export default function ProblemPage() {
  const { slug = '' } = useParams();
  const { status } = useAuth();
  const problem = useQuery({
    queryKey: ['problem', slug, status === 'signed-in'],
    queryFn: () => api.problem(slug),
    enabled: status !== 'loading',
    staleTime: 60_000,
  });

  if (problem.isError) {
    if (problem.error instanceof ApiError && problem.error.status === 404) return <NotFoundPage what="problem" />;
    return (
      <Alert color="red" m="md" role="alert" title="Could not load the problem">
        {errorMessage(problem.error)}
      </Alert>
    );
  }
  if (!problem.data)
    return (
      <Center h="100%" role="status" aria-label="Loading problem">
        <Loader />
      </Center>
    );
  return <Workspace key={problem.data.slug} problem={problem.data} />;
}
