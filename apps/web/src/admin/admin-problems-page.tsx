import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Modal,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AUTHORING_PROBLEM_STATUSES,
  PACKAGE_ZIP_MAX_BYTES,
  type AuthoringProblemStatus,
  type AuthoringProblemSummaryDto,
  type ProblemType,
} from '@tryout/contracts';
import { IconFileZip, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { formatRelative } from '../shared/format.util';
import { ProblemStatusBadge, ValidationBadge } from './authoring-badges';
import { authoringApi } from './authoring-api';
import { SLUG_PATTERN, slugify } from './authoring.util';
import { PackageErrors } from './package-errors';

const PAGE_SIZE = 25;
function NewProblemDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [type, setType] = useState<ProblemType>('function');
  const shownSlug = slugTouched ? slug : slugify(title);
  const create = useMutation({
    mutationFn: () => authoringApi.createDraft({ title: title.trim(), slug: shownSlug, type }),
    onSuccess: (draft) => void navigate(`/admin/drafts/${draft.id}`),
  });
  const close = () => {
    create.reset();
    onClose();
  };
  // The server's answer was about the input as it was sent: a change makes it old news.
  const edited = () => {
    if (create.isError) create.reset();
  };
  const slugTaken = create.error instanceof ApiError && create.error.code === 'slug_taken';
  const slugError =
    shownSlug && !SLUG_PATTERN.test(shownSlug)
      ? 'Lower-case letters, digits and single hyphens'
      : slugTaken
        ? errorMessage(create.error)
        : null;
  return (
    <Modal opened={opened} onClose={close} title="New problem">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!slugError && title.trim() && shownSlug) create.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Title"
            value={title}
            onChange={(e) => {
              edited();
              setTitle(e.currentTarget.value);
            }}
            required
            data-autofocus
          />
          <TextInput
            label="Slug"
            description="The problem's address: /problems/<slug>"
            value={shownSlug}
            error={slugError}
            onChange={(e) => {
              edited();
              setSlugTouched(true);
              setSlug(e.currentTarget.value);
            }}
            required
            data-testid="new-problem-slug"
          />
          <Select
            label="Type"
            allowDeselect={false}
            data={[
              { value: 'function', label: 'Function or class (LeetCode style)' },
              { value: 'stdio', label: 'Standard input and output' },
            ]}
            value={type}
            onChange={(v) => {
              if (!v) return;
              edited();
              setType(v as ProblemType);
            }}
          />
          {create.isError && !slugTaken && (
            <Alert color="red" role="alert" data-testid="new-problem-error">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-problem">
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RowActions({ problem }: { problem: AuthoringProblemSummaryDto }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: () => authoringApi.openDraft(problem.id),
    onSuccess: (draft) => void navigate(`/admin/drafts/${draft.id}`),
  });
  const archive = useMutation({
    mutationFn: () =>
      problem.status === 'archived' ? authoringApi.unarchive(problem.id) : authoringApi.archive(problem.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin', 'problems'] }),
  });
  const error = open.error ?? archive.error;
  return (
    <Stack gap={4} align="flex-end">
      <Group gap={6} wrap="nowrap">
        {problem.draftId ? (
          <Button
            size="xs"
            component={Link}
            to={`/admin/drafts/${problem.draftId}`}
            aria-label={`Edit the draft of ${problem.title}`}
            data-testid="edit-problem"
          >
            Edit draft
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            loading={open.isPending}
            onClick={() => open.mutate()}
            aria-label={`Edit ${problem.title}`}
            data-testid="edit-problem"
          >
            Edit
          </Button>
        )}
        {problem.status !== 'draft' && (
          <Button
            size="xs"
            variant="default"
            loading={archive.isPending}
            onClick={() => archive.mutate()}
            aria-label={`${problem.status === 'archived' ? 'Unarchive' : 'Archive'} ${problem.title}`}
          >
            {problem.status === 'archived' ? 'Unarchive' : 'Archive'}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {errorMessage(error)}
        </Text>
      )}
    </Stack>
  );
}

export default function AdminProblemsPage() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [status, setStatus] = useState<AuthoringProblemStatus | 'all'>('all');
  const [creating, setCreating] = useState(false);
  // The page belongs to one set of filters: changing a filter starts again at page 1.
  const filterKey = JSON.stringify([debouncedQ, status]);
  const [paging, setPaging] = useState({ filterKey, page: 1 });
  const page = paging.filterKey === filterKey ? paging.page : 1;

  useEffect(() => {
    document.title = 'Problems · Admin · Tryout';
  }, []);

  const query = {
    q: debouncedQ || undefined,
    status: status === 'all' ? undefined : status,
    page,
    pageSize: PAGE_SIZE,
  };
  const problems = useQuery({
    queryKey: ['admin', 'problems', query],
    queryFn: ({ signal }) => authoringApi.problems(query, signal),
    placeholderData: keepPreviousData,
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      if (file.size > PACKAGE_ZIP_MAX_BYTES)
        throw new Error(`The zip is larger than ${PACKAGE_ZIP_MAX_BYTES / 1024 / 1024} MiB.`);
      return authoringApi.uploadPackage(file);
    },
    onSuccess: (draft) => void navigate(`/admin/drafts/${draft.id}`),
  });
  const data = problems.data;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="end" wrap="wrap">
        <Group gap="sm" align="end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Title or slug"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={280}
            data-testid="problem-search"
          />
          <SegmentedControl
            aria-label="Status"
            value={status}
            onChange={(v) => setStatus(v as AuthoringProblemStatus | 'all')}
            data={[{ value: 'all', label: 'All' }, ...AUTHORING_PROBLEM_STATUSES.map((s) => ({ value: s, label: s }))]}
          />
        </Group>
        <Group gap="xs">
          <FileButton accept=".zip,application/zip" onChange={(file) => file && upload.mutate(file)}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconFileZip size={16} aria-hidden />}
                loading={upload.isPending}
              >
                Upload package
              </Button>
            )}
          </FileButton>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
            data-testid="new-problem"
          >
            New problem
          </Button>
        </Group>
      </Group>
      {upload.isError && <PackageErrors error={upload.error} onClose={() => upload.reset()} />}
      {problems.isError && (
        <Alert color="red" role="alert">
          {errorMessage(problems.error)}
        </Alert>
      )}
      <Table striped verticalSpacing="xs" data-testid="authoring-problems-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Problem</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Version</Table.Th>
            <Table.Th>Draft validation</Table.Th>
            <Table.Th>Last editor</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.items.map((p) => (
            <Table.Tr key={p.id} data-testid={`authoring-row-${p.slug}`}>
              <Table.Td>{p.number ?? '—'}</Table.Td>
              <Table.Td>
                {p.status === 'draft' && p.draftId ? (
                  <Anchor component={Link} to={`/admin/drafts/${p.draftId}`}>
                    {p.title}
                  </Anchor>
                ) : (
                  <Anchor component={Link} to={`/admin/problems/${p.id}`}>
                    {p.title}
                  </Anchor>
                )}
                <Text size="xs" c="dimmed">
                  {p.slug} · {p.type} · {p.difficulty}
                </Text>
              </Table.Td>
              <Table.Td>
                <ProblemStatusBadge status={p.status} />
              </Table.Td>
              <Table.Td>{p.currentVersion ?? '—'}</Table.Td>
              <Table.Td>
                {p.draftId ? (
                  <ValidationBadge state={p.validation} />
                ) : (
                  <Text size="sm" c="dimmed">
                    no draft
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.lastEditor?.label ?? 'files (tryout import)'}</Text>
                <Text size="xs" c="dimmed">
                  {formatRelative(p.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <RowActions problem={p} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.items.length === 0 && <Text c="dimmed">No problem matches.</Text>}
      {data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {data.total} problem{data.total === 1 ? '' : 's'}
          </Text>
          {data.total > PAGE_SIZE && (
            <Pagination
              total={Math.ceil(data.total / PAGE_SIZE)}
              value={page}
              onChange={(next) => setPaging({ filterKey, page: next })}
              size="sm"
            />
          )}
        </Group>
      )}
      {creating && <NewProblemDialog opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
