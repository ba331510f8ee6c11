import {
  Alert,
  Anchor,
  Badge,
  Group,
  MultiSelect,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DIFFICULTIES, PROBLEM_STATUS_FILTERS, type ProblemSummaryDto } from '@tryout/contracts';
import { IconCircleCheck, IconCircleDashed, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { DifficultyLabel } from '../shared/difficulty-label';
import { DIFFICULTY_LABELS, formatPercent } from '../shared/format.util';
import {
  CATALOG_PAGE_SIZE,
  filtersFromSearchParams,
  filtersToQuery,
  filtersToSearchParams,
  type CatalogFilters,
} from './catalog-query.util';

const STATUS_LABELS = { solved: 'Solved', unsolved: 'Not solved', attempted: 'Attempted' } as const;

function StatusMark({ problem }: { problem: ProblemSummaryDto }) {
  if (problem.solved)
    return (
      <Tooltip label="Solved">
        <IconCircleCheck size={18} color="var(--mantine-color-teal-filled)" aria-label="Solved" role="img" />
      </Tooltip>
    );
  if (problem.attempted)
    return (
      <Tooltip label="Attempted">
        <IconCircleDashed size={18} color="var(--mantine-color-yellow-filled)" aria-label="Attempted" role="img" />
      </Tooltip>
    );
  return <VisuallyHidden>Not attempted</VisuallyHidden>;
}

export function CatalogPage() {
  const { status } = useAuth();
  const signedIn = status === 'signed-in';
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearchParams(params);
  const [search, setSearch] = useState(filters.q);
  const [urlQ, setUrlQ] = useState(filters.q);
  // Back/forward navigation changes the URL: keep the box in step with it.
  if (urlQ !== filters.q) {
    setUrlQ(filters.q);
    setSearch(filters.q);
  }

  const update = (patch: Partial<CatalogFilters>) =>
    setParams(filtersToSearchParams({ ...filters, page: 1, ...patch }), { replace: 'q' in patch });
  const commitSearch = useDebouncedCallback((q: string) => update({ q }), 300);

  const query = filtersToQuery(filters, signedIn);
  const problems = useQuery({
    queryKey: ['problems', query, signedIn],
    queryFn: ({ signal }) => api.problems(query, signal),
    placeholderData: keepPreviousData,
    enabled: status !== 'loading',
  });
  const tags = useQuery({ queryKey: ['tags'], queryFn: api.tags, staleTime: 5 * 60_000 });
  const totalPages = problems.data ? Math.max(1, Math.ceil(problems.data.total / CATALOG_PAGE_SIZE)) : 1;

  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={1} size="h2">
        Problems
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter problems">
        <TextInput
          label="Search"
          placeholder="Title or statement"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            commitSearch(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') update({ q: search });
          }}
          w={260}
          data-testid="catalog-search"
        />
        <Select
          label="Difficulty"
          placeholder="Any"
          clearable
          data={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
          value={filters.difficulty}
          onChange={(value) => update({ difficulty: (value as CatalogFilters['difficulty']) ?? null })}
          w={140}
        />
        <MultiSelect
          label="Tags"
          placeholder={filters.tags.length ? undefined : 'Any'}
          searchable
          clearable
          data={(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
          value={filters.tags}
          onChange={(value) => update({ tags: value })}
          w={280}
          maxDropdownHeight={280}
        />
        <Select
          label="Status"
          placeholder={signedIn ? 'Any' : 'Log in to filter'}
          clearable
          disabled={!signedIn}
          data={PROBLEM_STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={signedIn ? filters.status : null}
          onChange={(value) => update({ status: (value as CatalogFilters['status']) ?? null })}
          w={160}
        />
      </Group>

      {problems.isError && (
        <Alert color="red" role="alert" title="Could not load problems">
          {errorMessage(problems.error)}
        </Alert>
      )}

      <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover verticalSpacing="sm" aria-busy={problems.isFetching} data-testid="catalog-table">
          <Table.Caption>
            {problems.data
              ? `${problems.data.total} problem${problems.data.total === 1 ? '' : 's'}`
              : 'Loading problems'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Status</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th w={110}>Difficulty</Table.Th>
              <Table.Th>Tags</Table.Th>
              <Table.Th w={110} ta="right">
                Acceptance
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {!problems.data &&
              Array.from({ length: 6 }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={5}>
                    <Skeleton h={18} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {problems.data?.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <StatusMark problem={p} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/problems/${p.slug}`} fw={500}>
                    {p.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <DifficultyLabel difficulty={p.difficulty} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {p.tags.map((t) => (
                      <Badge key={t} variant="light" color="gray" size="sm" tt="none">
                        {t}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{formatPercent(p.acceptanceRate)}</Table.Td>
              </Table.Tr>
            ))}
            {problems.data?.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed" ta="center" py="lg">
                    No problem matches these filters.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {totalPages > 1 && (
        <Group justify="center">
          <Pagination
            total={totalPages}
            value={Math.min(filters.page, totalPages)}
            onChange={(page) => setParams(filtersToSearchParams({ ...filters, page }))}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
          />
        </Group>
      )}
    </Stack>
  );
}
