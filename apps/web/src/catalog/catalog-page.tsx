import { Alert, Button, Group, MultiSelect, Pagination, Select, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { DIFFICULTIES, PROBLEM_SORTS, PROBLEM_STATUS_FILTERS, type ProblemSort } from '@tryout/contracts';
import { IconArrowsShuffle, IconClock, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { DIFFICULTY_LABELS } from '../shared/format.util';
import {
  clampedPage,
  defaultOrder,
  effectiveSort,
  filtersFromSearchParams,
  filtersToQuery,
  filtersToRandomQuery,
  filtersToSearchParams,
  lastPage,
  nextSort,
  CATALOG_TYPES,
  type CatalogFilters,
  type CatalogType,
} from './catalog-query.util';
import { ProblemTable } from './problem-table';

const TYPE_LABELS: Record<CatalogType, string> = { coding: 'Coding', sql: 'SQL' };
const STATUS_LABELS = { solved: 'Solved', unsolved: 'Not solved', attempted: 'Attempted' } as const;
const SORT_LABELS: Record<ProblemSort, string> = {
  number: 'Number',
  title: 'Title',
  difficulty: 'Difficulty',
  acceptance: 'Acceptance',
  newest: 'Newest',
};

export function CatalogPage() {
  const { status } = useAuth();
  const signedIn = status === 'signed-in';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearchParams(params);
  const [search, setSearch] = useState(filters.q);
  const [urlQ, setUrlQ] = useState(filters.q);
  // Back/forward navigation changes the URL: keep the box in step with it.
  if (urlQ !== filters.q) {
    setUrlQ(filters.q);
    setSearch(filters.q);
  }

  useEffect(() => {
    document.title = 'Problems · Tryout';
  }, []);

  const update = (patch: Partial<CatalogFilters>) =>
    setParams(filtersToSearchParams({ ...filters, page: 1, ...patch }), { replace: 'q' in patch });
  const commitSearch = useDebouncedCallback((q: string) => update({ q }), 300);

  const query = filtersToQuery(filters, signedIn);
  const problems = useQuery({
    queryKey: ['problems', query, signedIn],
    queryFn: ({ signal }) => api.problems(query, signal),
    placeholderData: keepPreviousData,
    enabled: status !== 'loading',
    // Acceptance and solved marks change as people submit: refetch whenever the catalog is shown.
    staleTime: 0,
  });
  const tags = useQuery({ queryKey: ['tags'], queryFn: api.tags, staleTime: 5 * 60_000 });
  const lists = useQuery({ queryKey: ['lists', 'index'], queryFn: api.lists, staleTime: 5 * 60_000 });
  const pick = useMutation({
    mutationFn: () => api.randomProblem(filtersToRandomQuery(filters, signedIn)),
    // null: nothing matches, an answer rather than an error (the alert below says so).
    onSuccess: (problem) => {
      if (problem) void navigate(`/problems/${problem.slug}`);
    },
  });
  const totalPages = problems.data ? lastPage(problems.data.total) : 1;
  const current = effectiveSort(filters);
  // A page past the last (a stale link, ?page=999) moves to the last page, so the list, the count
  // and the highlighted page agree. Not on placeholder data: its total belongs to other filters.
  const settled = problems.data && !problems.isPlaceholderData ? problems.data : undefined;
  const clampTo = settled ? clampedPage(filters.page, settled.total) : null;
  useEffect(() => {
    if (clampTo === null) return;
    setParams((current) => filtersToSearchParams({ ...filtersFromSearchParams(current), page: clampTo }), {
      replace: true,
    });
  }, [clampTo, setParams]);
  // Neither the empty answer of an out-of-range page nor an empty placeholder stands for "no match".
  const items =
    clampTo !== null || (problems.isPlaceholderData && problems.data?.items.length === 0)
      ? undefined
      : problems.data?.items;

  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Problems
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            component={Link}
            to="/mock"
            leftSection={<IconClock size={16} aria-hidden />}
            data-testid="catalog-mock"
          >
            Mock interview
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowsShuffle size={16} aria-hidden />}
            loading={pick.isPending}
            onClick={() => pick.mutate()}
            data-testid="pick-one"
          >
            Pick one
          </Button>
        </Group>
      </Group>
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
          w={240}
          data-testid="catalog-search"
        />
        <Select
          label="Difficulty"
          placeholder="Any"
          clearable
          data={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
          value={filters.difficulty}
          onChange={(value) => update({ difficulty: (value as CatalogFilters['difficulty']) ?? null })}
          w={130}
          data-testid="filter-difficulty"
        />
        <Select
          label="Type"
          allowDeselect={false}
          data={[{ value: 'all', label: 'All' }, ...CATALOG_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))]}
          value={filters.type ?? 'all'}
          onChange={(value) => update({ type: value === 'all' ? null : ((value as CatalogType | null) ?? null) })}
          w={110}
          data-testid="filter-type"
        />
        <MultiSelect
          label="Tags"
          placeholder={filters.tags.length ? undefined : 'Any'}
          searchable
          clearable
          data={(tags.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))}
          value={filters.tags}
          onChange={(value) => update({ tags: value })}
          w={240}
          maxDropdownHeight={280}
        />
        <Select
          label="List"
          placeholder="All problems"
          clearable
          data={(lists.data ?? []).map((l) => ({ value: l.slug, label: l.title }))}
          value={filters.list}
          onChange={(value) => update({ list: value })}
          w={180}
          data-testid="filter-list"
        />
        <Select
          label="Status"
          placeholder={signedIn ? 'Any' : 'Log in to filter'}
          clearable
          disabled={!signedIn}
          data={PROBLEM_STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={signedIn ? filters.status : null}
          onChange={(value) => update({ status: (value as CatalogFilters['status']) ?? null })}
          w={150}
        />
        <Select
          label="Sort by"
          data={PROBLEM_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
          placeholder={filters.q.trim() ? 'Relevance' : filters.list ? 'List order' : undefined}
          value={current?.sort ?? null}
          onChange={(value) => {
            const sort = (value as ProblemSort | null) ?? null;
            update({ sort, order: sort ? defaultOrder(sort) : null });
          }}
          w={140}
          data-testid="sort-select"
        />
        <Switch
          label={signedIn ? 'Favourites only' : 'Favourites (log in)'}
          disabled={!signedIn}
          checked={signedIn && filters.favourites}
          onChange={(e) => update({ favourites: e.currentTarget.checked })}
          mb={8}
          data-testid="filter-favourites"
        />
      </Group>

      {problems.isError && (
        <Alert color="red" role="alert" title="Could not load problems">
          {errorMessage(problems.error)}
        </Alert>
      )}
      {(pick.isError || (pick.isSuccess && pick.data === null)) && (
        <Alert
          color="yellow"
          role="alert"
          title="Nothing to pick"
          withCloseButton
          onClose={() => pick.reset()}
          data-testid="pick-none"
        >
          {pick.isError ? errorMessage(pick.error) : 'No problem matches these filters: loosen them and pick again.'}
        </Alert>
      )}

      <ProblemTable
        problems={items}
        busy={problems.isFetching}
        signedIn={signedIn}
        caption={
          problems.data ? `${problems.data.total} problem${problems.data.total === 1 ? '' : 's'}` : 'Loading problems'
        }
        sort={{ current, onSort: (column) => update(nextSort(filters, column)) }}
      />

      {totalPages > 1 && (
        <Group justify="center">
          <Pagination
            total={totalPages}
            value={clampTo ?? filters.page}
            onChange={(page) => setParams(filtersToSearchParams({ ...filters, page }))}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
          />
        </Group>
      )}
    </Stack>
  );
}
