import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
  LANGUAGES,
  type LanguageId,
  type ProblemDetailDto,
  type SignatureDto,
  type SubmissionDto,
  type SubmissionSummaryDto,
} from '@tryout/contracts';
import { useState } from 'react';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { formatMs, formatRelative, verdictColor, verdictLabel } from '../shared/format.util';
import { CodeEditor } from './code-editor';
import classes from './problem-page.module.css';
import { measuredMemory } from './result-figures.util';
import { SubmissionResult } from './submission-result';

function SubmissionModal({
  id,
  onClose,
  onLoadCode,
  signature,
  languageLimits,
  sql,
}: {
  id: string | null;
  onClose: () => void;
  onLoadCode: (language: LanguageId, source: string) => void;
} & HistoryContext) {
  const submission = useQuery({ queryKey: ['submission', id], queryFn: () => api.submission(id!), enabled: !!id });
  const s: SubmissionDto | undefined = submission.data;
  return (
    <Modal
      opened={!!id}
      onClose={onClose}
      size="xl"
      title={s ? `${verdictLabel(s.verdict, s.status)} · ${LANGUAGES[s.language].name}` : 'Submission'}
    >
      {submission.isLoading && (
        <Center py="lg">
          <Loader />
        </Center>
      )}
      {submission.isError && (
        <Alert color="red" role="alert">
          {errorMessage(submission.error)}
        </Alert>
      )}
      {s && (
        <Stack gap="md" data-testid="submission-modal">
          <Text size="sm" c="dimmed">
            {s.mode === 'submit' ? 'Submitted' : 'Run'} {new Date(s.createdAt).toLocaleString()}
          </Text>
          <div style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, overflow: 'hidden' }}>
            <CodeEditor
              value={s.source}
              language={s.language}
              readOnly
              label="Submitted code"
              height="320px"
              testId="submission-code"
            />
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onLoadCode(s.language, s.source)}>
              Load into editor
            </Button>
          </Group>
          <SubmissionResult
            data={{
              phase: s.status,
              mode: s.mode,
              verdict: s.verdict,
              tests: s.tests,
              done: s.testsDone,
              total: s.testsTotal,
              cpuMs: s.cpuMs,
              memoryKb: s.memoryKb,
              compileOutput: s.compileOutput,
              error: null,
              customInputs: s.customInputs,
              submissionId: s.id,
            }}
            context={{ signature, limits: languageLimits[s.language], sql }}
          />
        </Stack>
      )}
    </Modal>
  );
}

interface HistoryContext {
  signature: SignatureDto | null;
  languageLimits: ProblemDetailDto['languageLimits'];
  /** SQL problems: a stored run's data and results show as tables. */
  sql?: ProblemDetailDto['sql'];
}

/** Figures mean something only when a test ran (not for compile errors or our own failures). */
function ranTests(s: SubmissionSummaryDto): boolean {
  return s.verdict !== 'compile_error' && s.verdict !== 'internal_error' && s.cpuMs !== null;
}

/**
 * The caller's submissions for this problem, newest first; each row opens with its code. The open
 * entry is the page's (kept in the URL, so a link can open one).
 */
export function HistoryPanel({
  slug,
  openId,
  onOpen: setOpenId,
  onLoadCode,
  signature,
  languageLimits,
  sql,
}: {
  slug: string;
  openId: string | null;
  onOpen: (id: string | null) => void;
  onLoadCode: (language: LanguageId, source: string) => void;
} & HistoryContext) {
  const [includeRuns, setIncludeRuns] = useState(false);
  const list = useQuery({
    queryKey: ['submissions', slug],
    queryFn: () => api.submissions({ problem: slug, limit: 50 }),
  });
  const items: SubmissionSummaryDto[] = (list.data?.items ?? []).filter((s) => includeRuns || s.mode === 'submit');

  return (
    <Stack gap="sm" p="md">
      <Group justify="space-between">
        <Text fw={600}>Your submissions</Text>
        <Checkbox
          label="Include runs"
          size="xs"
          checked={includeRuns}
          onChange={(e) => setIncludeRuns(e.currentTarget.checked)}
        />
      </Group>
      {list.isLoading && <Loader size="sm" />}
      {list.isError && (
        <Alert color="red" role="alert">
          {errorMessage(list.error)}
        </Alert>
      )}
      {list.data && items.length === 0 && (
        <Text c="dimmed" size="sm">
          No submissions yet.
        </Text>
      )}
      {items.length > 0 && (
        <Table highlightOnHover data-testid="history-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Status</Table.Th>
              <Table.Th>Language</Table.Th>
              <Table.Th>Runtime</Table.Th>
              <Table.Th>Memory</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id} data-testid="history-row" onClick={() => setOpenId(s.id)} className={classes.row}>
                <Table.Td>
                  {/* The row opens the entry on click; this button is its keyboard and screen-reader way in. */}
                  <Anchor
                    component="button"
                    fw={600}
                    c={verdictColor(s.verdict)}
                    onClick={(e) => {
                      e.stopPropagation();
                      setOpenId(s.id);
                    }}
                  >
                    {verdictLabel(s.verdict, s.status)}
                  </Anchor>
                  {s.mode === 'run' && (
                    <Badge ml={6} size="xs" variant="outline" color="gray">
                      run
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{LANGUAGES[s.language].name}</Table.Td>
                <Table.Td>{ranTests(s) ? formatMs(s.cpuMs) : '—'}</Table.Td>
                <Table.Td>{(ranTests(s) && measuredMemory(s.memoryKb)) || '—'}</Table.Td>
                <Table.Td title={new Date(s.createdAt).toLocaleString()}>{formatRelative(s.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SubmissionModal
        id={openId}
        signature={signature}
        languageLimits={languageLimits}
        sql={sql}
        onClose={() => setOpenId(null)}
        onLoadCode={(language, source) => {
          setOpenId(null);
          onLoadCode(language, source);
        }}
      />
    </Stack>
  );
}
