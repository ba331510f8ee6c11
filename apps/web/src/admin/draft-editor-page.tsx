import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Menu,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuthoringCallableDto,
  AuthoringValidatorDto,
  DraftContentDto,
  ProblemDraftDto,
  LanguageId,
  SignatureDto,
  ValidationDto,
} from '@tryout/contracts';
import { VALIDATOR_LANGUAGE_IDS } from '@tryout/contracts';
import {
  IconChevronLeft,
  IconCloudUpload,
  IconDeviceFloppy,
  IconPlayerPlay,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import type { DescribedProblem } from '../problem/problem-description';
import { CodeEditor } from '../problem/code-editor';
import { NotFoundPage } from '../shared/not-found-page';
import { formatRelative } from '../shared/format.util';
import { ValidationBadge } from './authoring-badges';
import { authoringApi } from './authoring-api';
import { CallableEditor } from './callable-editor';
import { DraftDetailsForm } from './draft-details-form';
import { PublishDialog } from './publish-dialog';
import { SolutionsEditor, ValidationResults } from './solutions-tab';
import { StartersEditor } from './starters-editor';
import { MarkdownField, StatementEditor } from './statement-editor';
import { TestCaseTable } from './test-case-table';

const IN_FLIGHT: ValidationDto['status'][] = ['queued', 'running'];
function toSignature(callable: AuthoringCallableDto | null): SignatureDto | null {
  if (!callable) return null;
  if (callable.kind === 'function')
    return { kind: 'function', name: callable.name, params: callable.params, returns: callable.returns };
  return {
    kind: 'class',
    name: callable.name,
    constructorParams: callable.constructorParams,
    methods: callable.methods,
  };
}

/** The draft as the problem page would show it once published (no statistics yet). */
function previewOf(draft: ProblemDraftDto, content: DraftContentDto, timeLimitMs: number | null): DescribedProblem {
  return {
    title: content.title,
    statement: content.statement,
    difficulty: content.difficulty,
    tags: content.tags,
    source: content.source,
    limits: {
      timeLimitMs: content.limits.timeLimitMs ?? timeLimitMs ?? 1000,
      memoryMb: content.limits.memoryMb,
      outputMb: content.limits.outputMb,
    },
    languageLimits: {},
    acceptanceRate: null,
    stats: { submissions: 0, accepted: 0 },
    samples: draft.tests
      .filter((t) => !t.hidden)
      .map((t) => ({ name: t.name, input: t.input ?? '', output: t.answer ?? '' })),
    signature: content.type === 'function' ? toSignature(content.callable) : null,
  };
}

function ValidatorEditor({
  validator,
  onChange,
}: {
  validator: AuthoringValidatorDto | null;
  onChange: (validator: AuthoringValidatorDto) => void;
}) {
  const value = validator ?? {
    language: 'cpp',
    entry: 'validator.cpp',
    files: [{ path: 'validator.cpp', content: '' }],
  };
  const entryFile = value.files.find((f) => f.path === value.entry) ?? { path: value.entry, content: '' };
  const setEntry = (content: string) =>
    onChange({
      ...value,
      files: [...value.files.filter((f) => f.path !== value.entry), { path: value.entry, content }],
    });
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Custom output validator
      </Title>
      <Text size="xs" c="dimmed">
        Kattis protocol: called with the input, the answer and a feedback folder, reads the output on stdin, exits 42 to
        accept and 43 to reject.
      </Text>
      <Group align="end">
        <Select
          label="Language"
          allowDeselect={false}
          w={160}
          data={[...VALIDATOR_LANGUAGE_IDS]}
          value={value.language}
          onChange={(v) => v && onChange({ ...value, language: v as LanguageId })}
        />
        <TextInput
          label="Entry file"
          value={value.entry}
          onChange={(e) => {
            const entry = e.currentTarget.value;
            onChange({
              ...value,
              entry,
              files: value.files.map((f) => (f.path === value.entry ? { ...f, path: entry } : f)),
            });
          }}
        />
      </Group>
      <Box style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
        <CodeEditor
          value={entryFile.content}
          language={value.language}
          onChange={setEntry}
          label="Validator source"
          height="auto"
          minHeight="240px"
          testId="validator-editor"
        />
      </Box>
    </Stack>
  );
}

function HintsEditor({ hints, onChange }: { hints: string[]; onChange: (hints: string[]) => void }) {
  return (
    <Stack gap="sm">
      {hints.map((hint, i) => (
        <Stack key={i} gap={4}>
          <MarkdownField
            label={`Hint ${i + 1}`}
            value={hint}
            minRows={3}
            onChange={(text) => onChange(hints.map((h, j) => (j === i ? text : h)))}
          />
          <Group>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={12} aria-hidden />}
              onClick={() => onChange(hints.filter((_, j) => j !== i))}
            >
              Remove hint {i + 1}
            </Button>
          </Group>
        </Stack>
      ))}
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...hints, ''])}
          disabled={hints.length >= 3}
        >
          Add hint
        </Button>
        <Text size="xs" c="dimmed">
          Shown one at a time: a nudge first, the last nearly the approach (at most 3).
        </Text>
      </Group>
    </Stack>
  );
}

function DraftEditor({ draft }: { draft: ProblemDraftDto }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const draftKey = ['admin', 'draft', draft.id];
  // Unsaved fields only; everything else shows the stored draft.
  const [edits, setEdits] = useState<Partial<DraftContentDto>>({});
  const [tab, setTab] = useState<string | null>('details');
  const [publishing, setPublishing] = useState(false);
  const content = useMemo(() => ({ ...draft.content, ...edits }), [draft.content, edits]);
  const dirty = Object.keys(edits).length > 0;
  const patch = (next: Partial<DraftContentDto>) => setEdits((e) => ({ ...e, ...next }));

  useEffect(() => {
    document.title = `${content.title || 'Draft'} · Admin · Tryout`;
  }, [content.title]);

  // Leaving with unsaved edits asks first (tab close, reload).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: draftKey });

  const save = useMutation({
    mutationFn: async () => {
      const sent = edits;
      const next = await authoringApi.updateDraft(draft.id, sent);
      return { sent, next };
    },
    onSuccess: ({ sent, next }) => {
      queryClient.setQueryData(draftKey, next);
      // Keep what was typed while the save was in flight.
      setEdits((current) => {
        const rest = { ...current };
        for (const key of Object.keys(sent) as (keyof DraftContentDto)[]) if (rest[key] === sent[key]) delete rest[key];
        return rest;
      });
    },
  });

  const validation = useQuery({
    queryKey: [...draftKey, 'validation'],
    queryFn: async () => {
      try {
        return await authoringApi.validation(draft.id);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (q) => (q.state.data && IN_FLIGHT.includes(q.state.data.status) ? 1000 : false),
  });
  const runStatus = validation.data?.status;
  // A finished run changes the draft's validation state (and may set the derived time limit).
  useEffect(() => {
    if (runStatus && !IN_FLIGHT.includes(runStatus))
      void queryClient.invalidateQueries({ queryKey: draftKey, exact: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runStatus]);

  const validate = useMutation({
    mutationFn: async () => {
      if (dirty) await save.mutateAsync();
      return authoringApi.validate(draft.id);
    },
    onMutate: () => setTab('solutions'),
    onSuccess: (run) => {
      queryClient.setQueryData([...draftKey, 'validation'], run);
      void refresh();
    },
  });

  const discard = useMutation({
    mutationFn: () => authoringApi.discardDraft(draft.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'problems'] });
      void navigate('/admin/problems');
    },
  });

  const changes = useQuery({
    queryKey: [...draftKey, 'changes', draft.contentHash, draft.updatedAt],
    queryFn: () => authoringApi.changes(draft.id),
    enabled: draft.baseVersion !== null && tab === 'tests',
  });

  useHotkeys([['mod+s', () => dirty && !save.isPending && save.mutate()]], []);

  const validating = validate.isPending || (runStatus !== undefined && IN_FLIGHT.includes(runStatus));
  const publishBlocker = dirty
    ? 'Save the draft first'
    : draft.validation !== 'passed'
      ? 'Publish needs a passed validation of the draft as it is now'
      : null;
  const preview = previewOf(draft, content, validation.data?.timeLimitMs ?? null);
  const error = save.error ?? validate.error ?? discard.error;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={2}>
          <Anchor component={Link} to="/admin/problems" size="sm">
            <IconChevronLeft size={14} aria-hidden /> Problems
          </Anchor>
          <Group gap="xs">
            <Title order={2} size="h3" data-testid="draft-title">
              {content.title || 'Untitled'}
            </Title>
            <ValidationBadge state={draft.validation} />
          </Group>
          <Text size="xs" c="dimmed">
            {draft.baseVersion === null ? 'New problem, never published' : `Draft of version ${draft.baseVersion}`} ·{' '}
            {content.slug}
            {draft.lastEditor && ` · last edited by ${draft.lastEditor.label} ${formatRelative(draft.updatedAt)}`}
          </Text>
        </Stack>
        <Group gap="xs">
          <Text size="xs" c={dirty ? 'yellow.9' : 'dimmed'} aria-live="polite" data-testid="draft-save-state">
            {save.isPending ? 'Saving…' : dirty ? 'Unsaved changes' : 'Saved'}
          </Text>
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="save-draft"
          >
            Save
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            loading={validating}
            onClick={() => validate.mutate()}
            data-testid="validate"
          >
            Validate
          </Button>
          <Tooltip label={publishBlocker} disabled={!publishBlocker}>
            <Button
              color="teal.9"
              leftSection={<IconCloudUpload size={16} aria-hidden />}
              disabled={publishBlocker !== null}
              onClick={() => setPublishing(true)}
              data-testid="publish"
            >
              Publish
            </Button>
          </Tooltip>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="subtle" color="red" aria-label="Discard the draft">
                Discard
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Throw away every change of this draft?</Menu.Label>
              <Menu.Item color="red" onClick={() => discard.mutate()}>
                Discard the draft
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {error && (
        <Alert color="red" role="alert" title="Not saved">
          {errorMessage(error)}
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab value="statement">Statement</Tabs.Tab>
          <Tabs.Tab value="code">{content.type === 'function' ? 'Signature & starters' : 'Starters'}</Tabs.Tab>
          <Tabs.Tab value="tests" data-testid="tests-tab">
            Tests ({draft.tests.length})
          </Tabs.Tab>
          <Tabs.Tab value="solutions" data-testid="solutions-tab">
            Solutions ({content.solutions.length})
          </Tabs.Tab>
          <Tabs.Tab value="editorial">Editorial & hints</Tabs.Tab>
        </Tabs.List>
        <Box pt="md">
          <Tabs.Panel value="details">
            <DraftDetailsForm content={content} onChange={patch} />
          </Tabs.Panel>
          <Tabs.Panel value="statement">
            <StatementEditor
              value={content.statement}
              onChange={(statement) => patch({ statement })}
              preview={preview}
            />
          </Tabs.Panel>
          <Tabs.Panel value="code">
            <Stack gap="lg">
              {content.type === 'function' && (
                <CallableEditor callable={content.callable} onChange={(callable) => patch({ callable })} />
              )}
              <StartersEditor
                type={content.type}
                starters={content.starters}
                onChange={(starters) => patch({ starters })}
              />
              {content.checking.kind === 'custom' && (
                <ValidatorEditor validator={content.validator} onChange={(validator) => patch({ validator })} />
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="tests">
            <TestCaseTable draft={draft} changes={changes.data} onChanged={() => void refresh()} />
          </Tabs.Panel>
          <Tabs.Panel value="solutions">
            <Stack gap="lg">
              <SolutionsEditor
                type={content.type}
                solutions={content.solutions}
                onChange={(solutions) => patch({ solutions })}
              />
              {validation.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(validation.error)}
                </Alert>
              )}
              {validation.data ? (
                <ValidationResults validation={validation.data} />
              ) : (
                <Text c="dimmed">Not validated yet: Validate judges every solution against the tests.</Text>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="editorial">
            <Stack gap="lg">
              <MarkdownField
                label="Editorial (Markdown, $…$ math)"
                value={content.editorial ?? ''}
                onChange={(text) => patch({ editorial: text || null })}
                minRows={12}
                testId="editorial-input"
              />
              <HintsEditor hints={content.hints} onChange={(hints) => patch({ hints })} />
            </Stack>
          </Tabs.Panel>
        </Box>
      </Tabs>
      {publishing && (
        <PublishDialog
          draft={draft}
          onClose={() => setPublishing(false)}
          onPublished={(result) => {
            void queryClient.invalidateQueries({ queryKey: ['admin'] });
            void queryClient.invalidateQueries({ queryKey: ['problem', result.slug] });
            void navigate(`/admin/problems/${result.problemId}`, { state: { published: result } });
          }}
        />
      )}
    </Stack>
  );
}

export default function DraftEditorPage() {
  const { draftId = '' } = useParams();
  const draft = useQuery({ queryKey: ['admin', 'draft', draftId], queryFn: () => authoringApi.draft(draftId) });
  if (draft.isError) {
    if (draft.error instanceof ApiError && draft.error.status === 404) return <NotFoundPage what="draft" />;
    return (
      <Alert color="red" role="alert" title="Could not load the draft">
        {errorMessage(draft.error)}
      </Alert>
    );
  }
  if (!draft.data)
    return (
      <Center py="xl" role="status" aria-label="Loading the draft">
        <Loader />
      </Center>
    );
  return <DraftEditor key={draft.data.id} draft={draft.data} />;
}
