import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, type PublishResultDto, type RejudgeDto } from '@tryout/contracts';
import { IconChevronLeft, IconDownload, IconRefresh } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { NotFoundPage } from '../shared/not-found-page';
import { formatLimit, formatRelative, verdictColor, verdictLabel } from '../shared/format.util';
import { ProblemStatusBadge, ValidationBadge } from './authoring-badges';
import { authoringApi, saveBlob } from './authoring-api';

function RejudgeReport({ rejudge }: { rejudge: RejudgeDto }) {
  return (
    <Stack gap="xs" data-testid="rejudge-report" data-status={rejudge.status}>
      <Group gap="sm">
        <Text size="sm">
          Rejudge on version {rejudge.toVersion} by {rejudge.requestedBy.label}, {formatRelative(rejudge.createdAt)}:{' '}
          {rejudge.done}/{rejudge.total} judged, {rejudge.changedCount} verdict{rejudge.changedCount === 1 ? '' : 's'}{' '}
          changed
        </Text>
        <Badge variant="light" color={rejudge.status === 'running' ? 'blue' : 'teal'} data-testid="rejudge-status">
          {rejudge.status}
        </Badge>
      </Group>
      {rejudge.status === 'running' && (
        <Progress value={rejudge.total ? (100 * rejudge.done) / rejudge.total : 0} aria-label="Rejudge progress" />
      )}
      {rejudge.changed.length > 0 && (
        <Table verticalSpacing={4} data-testid="rejudge-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Candidate</Table.Th>
              <Table.Th>Language</Table.Th>
              <Table.Th>From version</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rejudge.changed.map((c) => (
              <Table.Tr key={c.submissionId} data-testid="rejudge-change">
                <Table.Td>{c.userLabel}</Table.Td>
                <Table.Td>{LANGUAGES[c.language].name}</Table.Td>
                <Table.Td>{c.fromVersion}</Table.Td>
                <Table.Td>
                  <Badge color={verdictColor(c.before)} variant="light" tt="none">
                    {verdictLabel(c.before)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Badge color={verdictColor(c.after)} variant="light" tt="none">
                    {verdictLabel(c.after)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** One problem: its versions (each downloadable as a package), its draft, archive, and rejudge with its report. */
export default function AdminProblemPage() {
  const { problemId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const published = (location.state as { published?: PublishResultDto } | null)?.published;
  const problem = useQuery({
    queryKey: ['admin', 'problem', problemId],
    queryFn: () => authoringApi.problem(problemId),
  });
  const rejudges = useQuery({
    queryKey: ['admin', 'problem', problemId, 'rejudges'],
    queryFn: () => authoringApi.rejudges(problemId),
    enabled: problem.data?.status !== 'draft',
  });
  const latestId = rejudges.data?.[0]?.id;
  // The list leaves out the changed rows; the latest run is read whole and polled while it runs.
  const latest = useQuery({
    queryKey: ['admin', 'rejudge', latestId],
    queryFn: () => authoringApi.rejudgeStatus(latestId as string),
    enabled: !!latestId,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
  const latestStatus = latest.data?.status;
  // A finished rejudge moves submissions to the new version: the per-version counts follow.
  useEffect(() => {
    if (latestStatus === 'finished')
      void queryClient.invalidateQueries({ queryKey: ['admin', 'problem', problemId], exact: true });
  }, [latestStatus, problemId, queryClient]);
  const rejudge = useMutation({
    mutationFn: () => authoringApi.rejudge(problemId),
    onSuccess: (run) => {
      queryClient.setQueryData(['admin', 'rejudge', run.id], run);
      void queryClient.invalidateQueries({ queryKey: ['admin', 'problem', problemId, 'rejudges'] });
    },
  });
  const openDraft = useMutation({
    mutationFn: () => authoringApi.openDraft(problemId),
    onSuccess: (draft) => void navigate(`/admin/drafts/${draft.id}`),
  });
  const archive = useMutation({
    mutationFn: () =>
      problem.data?.status === 'archived' ? authoringApi.unarchive(problemId) : authoringApi.archive(problemId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
  const download = useMutation({
    mutationFn: async (version: number) => {
      const blob = await authoringApi.downloadPackage(problemId, version);
      saveBlob(blob, `${problem.data?.slug ?? 'problem'}-v${version}.zip`);
    },
  });

  useEffect(() => {
    if (problem.data) document.title = `${problem.data.title} · Admin · Tryout`;
  }, [problem.data]);

  if (problem.isError) {
    if (problem.error instanceof ApiError && problem.error.status === 404) return <NotFoundPage what="problem" />;
    return (
      <Alert color="red" role="alert">
        {errorMessage(problem.error)}
      </Alert>
    );
  }
  const p = problem.data;
  if (!p)
    return (
      <Center py="xl" role="status" aria-label="Loading the problem">
        <Loader />
      </Center>
    );
  const report = latest.data ?? (latestId ? undefined : rejudge.data);
  const error = rejudge.error ?? openDraft.error ?? archive.error ?? download.error;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Anchor component={Link} to="/admin/problems" size="sm">
          <IconChevronLeft size={14} aria-hidden /> Problems
        </Anchor>
        <Group gap="xs">
          <Title order={2} size="h3">
            {p.number !== null && `${p.number}. `}
            {p.title}
          </Title>
          <ProblemStatusBadge status={p.status} />
          {p.draftId && <ValidationBadge state={p.validation} />}
        </Group>
        <Text size="xs" c="dimmed">
          {p.slug} · {p.type} · {p.difficulty}
          {p.lastEditor && ` · last change by ${p.lastEditor.label} ${formatRelative(p.updatedAt)}`}
        </Text>
      </Stack>
      {published && (
        <Alert color="teal" data-testid="published-notice" title="Published">
          {published.newVersion
            ? `Version ${published.version} is live. Past submissions keep the version they were judged on until you rejudge them.`
            : `The presentation of version ${published.version} is updated.`}{' '}
          <Anchor component={Link} to={`/problems/${published.slug}`}>
            Open the problem page
          </Anchor>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {errorMessage(error)}
        </Alert>
      )}
      <Group gap="xs">
        {p.draftId ? (
          <Button component={Link} to={`/admin/drafts/${p.draftId}`}>
            Edit the draft
          </Button>
        ) : (
          <Button onClick={() => openDraft.mutate()} loading={openDraft.isPending} data-testid="open-draft">
            Edit (open a draft)
          </Button>
        )}
        {p.status !== 'draft' && (
          <>
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => rejudge.mutate()}
              loading={rejudge.isPending}
              disabled={report?.status === 'running'}
              data-testid="rejudge"
            >
              Rejudge past submissions
            </Button>
            <Button variant="default" onClick={() => archive.mutate()} loading={archive.isPending}>
              {p.status === 'archived' ? 'Unarchive' : 'Archive'}
            </Button>
            <Anchor component={Link} to={`/problems/${p.slug}`} size="sm">
              Problem page
            </Anchor>
          </>
        )}
      </Group>
      {report && <RejudgeReport rejudge={report} />}
      <Title order={3} size="h4">
        Versions
      </Title>
      {p.versions.length === 0 ? (
        <Text c="dimmed">Never published.</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="versions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Published</Table.Th>
              <Table.Th>Tests</Table.Th>
              <Table.Th>Time limit</Table.Th>
              <Table.Th>Submissions</Table.Th>
              <Table.Th>Package</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.versions.map((v) => (
              <Table.Tr key={v.version} data-testid={`version-row-${v.version}`}>
                <Table.Td>
                  {v.version}
                  {v.version === p.currentVersion && (
                    <Badge ml={6} size="sm" variant="light" color="teal">
                      current
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatRelative(v.createdAt)}</Table.Td>
                <Table.Td>
                  {v.sampleCount} samples, {v.hiddenCount} hidden
                </Table.Td>
                <Table.Td>{formatLimit(v.timeLimitMs)}</Table.Td>
                <Table.Td>{v.submissionCount}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconDownload size={14} aria-hidden />}
                    onClick={() => download.mutate(v.version)}
                    loading={download.isPending && download.variables === v.version}
                    aria-label={`Download version ${v.version} as a zip`}
                  >
                    Zip
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
