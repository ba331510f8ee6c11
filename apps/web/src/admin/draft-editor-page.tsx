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
import { useIsMutating, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuthoringValidatorDto,
  DraftContentDto,
  ProblemDraftDto,
  LanguageId,
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
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
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
import { previewOf, toSignature } from './draft-preview.util';
import { TEST_SAVE_KEY, TestCaseTable } from './test-case-table';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

const IN_FLIGHT: ValidationDto['status'][] = ['queued', 'running'];
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

/** What the header says about saving: edits of fields wait for Save, test edits save on blur. */
function saveStateText(state: { saving: boolean; dirty: boolean; failed: boolean }): string {
  if (state.saving) return 'Saving…';
  if (state.dirty) return 'Unsaved changes';
  return state.failed ? 'Not saved' : 'Saved';
}

function DraftEditor({
  draft,
  closed,
  onClosed,
}: {
  draft: ProblemDraftDto;
  /** Published or discarded: its routes answer 404 now, so nothing of it is fetched again. */
  closed: boolean;
  onClosed: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const draftKey = ['admin', 'draft', draft.id];
  // `closed` as the navigation that follows closing sees it (the prop changes a render later).
  const leaving = useRef(false);
  // The last save (of fields or of a test) failed, until one succeeds.
  const [saveFailed, setSaveFailed] = useState(false);
  const testSaves = useIsMutating({ mutationKey: [...TEST_SAVE_KEY, draft.id] });
  // Unsaved fields only; everything else shows the stored draft.
  const [edits, setEdits] = useState<Partial<DraftContentDto>>({});
  const [tab, setTab] = useState<string | null>('details');
  const [publishing, setPublishing] = useState(false);
  const content = useMemo(() => ({ ...draft.content, ...edits }), [draft.content, edits]);
  const dirty = Object.keys(edits).length > 0;
  // A field edited back to its stored value is no edit: the page is not dirty for it.
  const patch = (next: Partial<DraftContentDto>) =>
    setEdits((e) => {
      const merged: Partial<DraftContentDto> = { ...e, ...next };
      for (const key of Object.keys(next) as (keyof DraftContentDto)[])
        if (JSON.stringify(merged[key]) === JSON.stringify(draft.content[key])) delete merged[key];
      return merged;
    });
  /**
   * The draft was published or discarded: its routes answer 404 from now on, so nothing of it is
   * fetched again while the page leaves; the rest of the admin area refreshes.
   */
  const close = () => {
    leaving.current = true;
    setPublishing(false);
    onClosed();
    void queryClient.invalidateQueries({
      queryKey: ['admin'],
      predicate: (q) => !(q.queryKey[1] === 'draft' && q.queryKey[2] === draft.id),
    });
  };

  useEffect(() => {
    document.title = `${content.title || 'Draft'} · Admin · Tryout`;
  }, [content.title]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: draftKey });

  const save = useMutation({
    mutationFn: async () => {
      const sent = edits;
      const next = await authoringApi.updateDraft(draft.id, sent);
      return { sent, next };
    },
    onMutate: () => setSaveFailed(false),
    onError: () => setSaveFailed(true),
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
    // Null before the first validation.
    queryFn: () => authoringApi.validation(draft.id),
    enabled: !closed,
    refetchInterval: (q) => (q.state.data && IN_FLIGHT.includes(q.state.data.status) ? 1000 : false),
  });
  const runStatus = validation.data?.status;
  // A finished run changes the draft's validation state (and may set the derived time limit).
  useEffect(() => {
    if (runStatus && !IN_FLIGHT.includes(runStatus) && !leaving.current)
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
      close();
      void navigate('/admin/problems');
    },
  });

  const changes = useQuery({
    queryKey: [...draftKey, 'changes', draft.contentHash, draft.updatedAt],
    queryFn: () => authoringApi.changes(draft.id),
    enabled: draft.baseVersion !== null && tab === 'tests' && !closed,
  });

  useHotkeys([['mod+s', () => dirty && !save.isPending && save.mutate()]], []);

  const validating = validate.isPending || (runStatus !== undefined && IN_FLIGHT.includes(runStatus));
  const publishBlocker = dirty
    ? 'Save the draft first'
    : draft.validation !== 'passed'
      ? 'Publish needs a passed validation of the draft as it is now'
      : null;
  const preview = previewOf(draft, content, validation.data?.timeLimitMs ?? null);
  // Validate saves first: a save it could not make is reported once, as the save's.
  const validateError = validate.error && validate.error !== save.error ? validate.error : null;
  const errors = [
    { title: 'Not saved', error: save.error, reset: () => save.reset(), testId: 'save-error' },
    { title: 'Cannot validate', error: validateError, reset: () => validate.reset(), testId: 'validate-error' },
    { title: 'Cannot discard', error: discard.error, reset: () => discard.reset(), testId: 'discard-error' },
  ].filter((e) => e.error);

  return (
    <Stack gap="sm">
      <UnsavedChangesGuard dirty={dirty} leaving={leaving} />
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
          <Text
            size="xs"
            c={saveFailed && !dirty ? 'red.8' : dirty ? 'yellow.9' : 'dimmed'}
            aria-live="polite"
            data-testid="draft-save-state"
          >
            {saveStateText({ saving: save.isPending || testSaves > 0, dirty, failed: saveFailed })}
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
      {errors.map((e) => (
        <Alert
          key={e.testId}
          color="red"
          role="alert"
          title={e.title}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={e.reset}
          data-testid={e.testId}
        >
          {errorMessage(e.error)}
        </Alert>
      ))}
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
            <TestCaseTable
              draft={draft}
              signature={toSignature(content.callable)}
              changes={changes.data}
              onChanged={() => void refresh()}
              onSaveResult={(ok) => setSaveFailed(!ok)}
            />
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
            close();
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
  // A published or discarded draft is gone: the page stops asking for it while it leaves.
  const [closed, setClosed] = useState(false);
  const queryClient = useQueryClient();
  const draft = useQuery({
    queryKey: ['admin', 'draft', draftId],
    queryFn: () => authoringApi.draft(draftId),
    enabled: !closed,
  });
  // Once the page is gone, so is what the cache held of the closed draft.
  useEffect(() => {
    if (!closed) return;
    return () => queryClient.removeQueries({ queryKey: ['admin', 'draft', draftId] });
  }, [closed, draftId, queryClient]);
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
  return <DraftEditor key={draft.data.id} draft={draft.data} closed={closed} onClosed={() => setClosed(true)} />;
}
