import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import {
  DRAFT_TEST_FILE_MAX_BYTES,
  validateCustomInput,
  type DraftChangesDto,
  type ProblemDraftDto,
  type DraftTestDto,
  type SignatureDto,
} from '@tryout/contracts';
import { IconArrowDown, IconArrowUp, IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, errorMessage } from '../api/api-error';
import { formatMemory } from '../shared/format.util';
import { AnswerDiff } from './answer-diff';
import { authoringApi, saveBlob } from './authoring-api';
import { pairTestFiles } from './authoring.util';

const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } };

/** Mutation key of every test save of a draft (+ its id): the header shows them as "Saving…". */
export const TEST_SAVE_KEY = ['admin', 'draft-test-save'] as const;

/** A test another tab or admin deleted: the row is a ghost, the list must be read again. */
export function isDeletedTest(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'test_not_found';
}

/** A readable message for a failed test action: a deleted test is named as such, not by its id. */
export function testErrorMessage(error: unknown): string {
  if (isDeletedTest(error)) return 'This test was deleted elsewhere; the list was reloaded.';
  return errorMessage(error);
}

/**
 * What the candidate's custom-case editor says about an input that does not fit the signature
 * ("line 2 (target) must be an int like 5"); null for stdio problems and fitting input. The API
 * takes such a test (a test may exercise anything), but Validate would fail on it.
 */
function inputProblem(signature: SignatureDto | null, input: string | null): string | null {
  if (!signature || input === null) return null;
  return validateCustomInput(signature, input);
}

function checkSize(file: File): void {
  if (file.size > DRAFT_TEST_FILE_MAX_BYTES)
    throw new Error(`${file.name} is larger than ${DRAFT_TEST_FILE_MAX_BYTES / 1024 / 1024} MiB.`);
}

/** One part of a test (input or answer): edited inline when small, else downloaded and replaced by upload. */
function TestPart({
  draftId,
  test,
  part,
  signature,
  onSaved,
  onError,
}: {
  draftId: string;
  test: DraftTestDto;
  part: 'input' | 'answer';
  signature: SignatureDto | null;
  onSaved: () => void;
  onError: (error: unknown) => void;
}) {
  const server = test[part];
  // Null while the field shows the stored value; the typed text otherwise, saved on blur.
  const [editing, setEditing] = useState<string | null>(null);
  const save = useMutation({
    mutationKey: [...TEST_SAVE_KEY, draftId],
    mutationFn: (text: string) => authoringApi.updateTest(draftId, test.id, { [part]: text }),
    onSuccess: () => {
      setEditing(null);
      onSaved();
    },
    onError,
  });
  const upload = useMutation({
    mutationKey: [...TEST_SAVE_KEY, draftId],
    mutationFn: (file: File) => {
      checkSize(file);
      return authoringApi.uploadTestFile(draftId, test.id, part, file);
    },
    onSuccess: () => {
      setEditing(null);
      onSaved();
    },
    onError,
  });
  const problem = part === 'input' ? inputProblem(signature, editing ?? server) : null;
  const label = `${part === 'input' ? 'Input' : 'Answer'} of test ${test.name}`;
  const bytes = part === 'input' ? test.inputBytes : test.answerBytes;
  return (
    <Stack gap={4}>
      {server === null ? (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {formatMemory(bytes / 1024)} — too large to edit here
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconDownload size={12} aria-hidden />}
            onClick={() =>
              void authoringApi
                .testFile(draftId, test.id, part)
                .then((text) => saveBlob(new Blob([text]), `${test.name}.${part === 'input' ? 'in' : 'ans'}`), onError)
            }
          >
            Download
          </Button>
        </Group>
      ) : (
        <Textarea
          aria-label={label}
          value={editing ?? server}
          onChange={(e) => setEditing(e.currentTarget.value)}
          onBlur={() => editing !== null && editing !== server && save.mutate(editing)}
          autosize
          minRows={1}
          maxRows={8}
          styles={MONO}
          disabled={save.isPending}
          error={problem}
          data-testid={`test-${part}-${test.name}`}
        />
      )}
      <FileButton onChange={(file) => file && upload.mutate(file)}>
        {(props) => (
          <Button
            {...props}
            size="compact-xs"
            variant="subtle"
            color="gray"
            leftSection={<IconUpload size={12} aria-hidden />}
            loading={upload.isPending}
            aria-label={`Upload the ${part} of test ${test.name}`}
            w="fit-content"
          >
            Upload file
          </Button>
        )}
      </FileButton>
    </Stack>
  );
}

function AddTestForm({
  draftId,
  signature,
  onAdded,
}: {
  draftId: string;
  signature: SignatureDto | null;
  onAdded: () => void;
}) {
  const [name, setName] = useState('');
  const [input, setInput] = useState('');
  const [answer, setAnswer] = useState('');
  const [hidden, setHidden] = useState(true);
  const add = useMutation({
    mutationFn: () => authoringApi.addTest(draftId, { name: name.trim() || undefined, hidden, input, answer }),
    onSuccess: () => {
      setName('');
      setInput('');
      setAnswer('');
      onAdded();
    },
  });
  // Pairs `x.in` with `x.ans`; each becomes a test uploaded file by file (streamed, any size).
  const addFiles = useMutation({
    mutationFn: async (files: File[]) => {
      for (const file of files) checkSize(file);
      const pairs = pairTestFiles(files);
      for (const pair of pairs) {
        const test = await authoringApi.addTest(draftId, { name: pair.name, hidden, input: '', answer: '' });
        await authoringApi.uploadTestFile(draftId, test.id, 'input', pair.input);
        await authoringApi.uploadTestFile(draftId, test.id, 'answer', pair.answer);
      }
    },
    onSettled: onAdded,
  });
  const error = add.error ?? addFiles.error;
  const problem = input ? inputProblem(signature, input) : null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="add-test-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="add-test-heading">
          Add a test
        </Title>
        <Group align="end">
          <TextInput
            label="Name"
            placeholder="next number"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            w={180}
          />
          <Switch
            label="Hidden"
            checked={hidden}
            onChange={(e) => setHidden(e.currentTarget.checked)}
            data-testid="new-test-hidden"
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label="Input"
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            autosize
            minRows={2}
            styles={MONO}
            error={problem}
            data-testid="new-test-input"
          />
          <Textarea
            label="Answer"
            value={answer}
            onChange={(e) => setAnswer(e.currentTarget.value)}
            autosize
            minRows={2}
            styles={MONO}
            data-testid="new-test-answer"
          />
        </SimpleGrid>
        <Group>
          <Button onClick={() => add.mutate()} loading={add.isPending} data-testid="add-test">
            Add test
          </Button>
          <FileButton multiple accept=".in,.ans" onChange={(files) => files.length && addFiles.mutate(files)}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconUpload size={14} aria-hidden />}
                loading={addFiles.isPending}
              >
                Add from .in/.ans files
              </Button>
            )}
          </FileButton>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** What publishing would change in the tests, answers as a line diff. */
export function TestChanges({ changes }: { changes: DraftChangesDto }) {
  if (changes.tests.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="test-changes">
      <Title order={3} size="h5">
        Changes against version {changes.baseVersion}
      </Title>
      {changes.tests.map((c) => (
        <Stack key={c.name} gap={4} data-testid={`test-change-${c.name}`}>
          <Group gap="xs">
            <Text ff="monospace" size="sm">
              {c.name}
            </Text>
            <Badge variant="light" color={c.change === 'added' ? 'teal' : c.change === 'removed' ? 'red' : 'yellow'}>
              {c.change}
            </Badge>
            {c.change === 'changed' && (
              <Text size="xs" c="dimmed">
                {[c.inputChanged && 'input', c.answerChanged && 'answer'].filter(Boolean).join(' and ')} changed
              </Text>
            )}
          </Group>
          {c.answerChanged && c.answerBefore !== undefined && c.answerAfter !== undefined && (
            <AnswerDiff before={c.answerBefore} after={c.answerAfter} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** The draft's tests in judging order: inline edit, sample/hidden, reorder, delete, upload. */
export function TestCaseTable({
  draft,
  signature,
  changes,
  onChanged,
  onSaveResult,
}: {
  draft: ProblemDraftDto;
  /** The function or class signature inputs must fit; null for stdio problems. */
  signature: SignatureDto | null;
  changes?: DraftChangesDto;
  onChanged: () => void;
  /** Whether a test change was saved: the header must not say "Saved" after a failed one. */
  onSaveResult: (ok: boolean) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const tests = draft.tests;
  const saved = () => {
    setError(null);
    onSaveResult(true);
    onChanged();
  };
  const failed = (e: unknown) => {
    setError(e);
    onSaveResult(false);
    // The row is a ghost: read the list again so it goes.
    if (isDeletedTest(e)) onChanged();
  };
  const act = useMutation({
    mutationKey: [...TEST_SAVE_KEY, draft.id],
    mutationFn: async (
      action:
        | { kind: 'hidden'; test: DraftTestDto }
        | { kind: 'delete'; test: DraftTestDto }
        | { kind: 'move'; index: number; by: -1 | 1 },
    ) => {
      if (action.kind === 'hidden')
        await authoringApi.updateTest(draft.id, action.test.id, { hidden: !action.test.hidden });
      else if (action.kind === 'delete') await authoringApi.deleteTest(draft.id, action.test.id);
      else {
        const ids = tests.map((t) => t.id);
        const j = action.index + action.by;
        [ids[action.index], ids[j]] = [ids[j], ids[action.index]];
        await authoringApi.reorderTests(draft.id, ids);
      }
    },
    onMutate: () => setError(null),
    onSuccess: () => onSaveResult(true),
    onError: (e) => {
      setError(e);
      onSaveResult(false);
    },
    onSettled: onChanged,
  });
  // Samples judge first: a test moves only among tests of its own kind.
  const canMove = (i: number, by: -1 | 1) => tests[i + by] !== undefined && tests[i + by].hidden === tests[i].hidden;
  const samples = tests.filter((t) => !t.hidden).length;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {samples} sample{samples === 1 ? '' : 's'} (shown to candidates) · {tests.length - samples} hidden. Edits save
        when a field loses focus.
      </Text>
      {error !== null && (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setError(null)}
          data-testid="tests-error"
        >
          {testErrorMessage(error)}
        </Alert>
      )}
      <Table verticalSpacing="xs" data-testid="tests-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Test</Table.Th>
            <Table.Th>Sample</Table.Th>
            <Table.Th w="38%">Input</Table.Th>
            <Table.Th w="38%">Answer</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tests.map((t, i) => (
            <Table.Tr key={t.id} data-testid={`test-row-${t.name}`} data-hidden={t.hidden}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {t.hidden ? 'secret' : 'sample'}/{t.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label={`Test ${t.name} is a sample`}
                  checked={!t.hidden}
                  disabled={act.isPending}
                  onChange={() => act.mutate({ kind: 'hidden', test: t })}
                />
              </Table.Td>
              <Table.Td>
                <TestPart
                  draftId={draft.id}
                  test={t}
                  part="input"
                  signature={signature}
                  onSaved={saved}
                  onError={failed}
                />
              </Table.Td>
              <Table.Td>
                <TestPart
                  draftId={draft.id}
                  test={t}
                  part="answer"
                  signature={signature}
                  onSaved={saved}
                  onError={failed}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <Tooltip label="Move up">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move test ${t.name} up`}
                      disabled={act.isPending || !canMove(i, -1)}
                      onClick={() => act.mutate({ kind: 'move', index: i, by: -1 })}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Move down">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move test ${t.name} down`}
                      disabled={act.isPending || !canMove(i, 1)}
                      onClick={() => act.mutate({ kind: 'move', index: i, by: 1 })}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete test ${t.name}`}
                      disabled={act.isPending}
                      onClick={() => act.mutate({ kind: 'delete', test: t })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {tests.length === 0 && <Text c="dimmed">No tests yet.</Text>}
      <AddTestForm draftId={draft.id} signature={signature} onAdded={onChanged} />
      {changes && <TestChanges changes={changes} />}
    </Stack>
  );
}
