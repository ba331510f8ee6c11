import { Alert, Anchor, Button, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { CuratedListDto } from '@tryout/contracts';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { NotFoundPage } from '../shared/not-found-page';
import { ProblemTable } from './problem-table';

function ListProgress({ list }: { list: CuratedListDto }) {
  if (list.solvedCount === undefined)
    return (
      <Text size="sm" c="dimmed">
        {list.problemCount} problems
      </Text>
    );
  const pct = list.problemCount ? (100 * list.solvedCount) / list.problemCount : 0;
  const label = `${list.solvedCount} of ${list.problemCount} solved`;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Progress value={pct} color="teal" aria-label={`${list.title}: ${label}`} />
    </Stack>
  );
}

/** `/lists`: the curated lists, with the caller's progress through each. */
export function ListsPage() {
  const { status } = useAuth();
  const lists = useQuery({
    queryKey: ['list', 'index', status === 'signed-in'],
    queryFn: api.lists,
    enabled: status !== 'loading',
    staleTime: 0,
  });
  useEffect(() => {
    document.title = 'Lists · Tryout';
  }, []);
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={1} size="h2">
        Lists
      </Title>
      <Text c="dimmed">Curated sets of problems to work through in order.</Text>
      {lists.isError && (
        <Alert color="red" role="alert" title="Could not load the lists">
          {errorMessage(lists.error)}
        </Alert>
      )}
      {lists.data?.length === 0 && <Text c="dimmed">No lists yet.</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-testid="lists">
        {!lists.data && Array.from({ length: 3 }, (_, i) => <Skeleton key={i} h={140} />)}
        {lists.data?.map((l) => (
          <Card key={l.slug} withBorder component="article" aria-labelledby={`list-${l.slug}`}>
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={6}>
                <Title order={2} size="h4" id={`list-${l.slug}`}>
                  <Anchor component={Link} to={`/lists/${l.slug}`}>
                    {l.title}
                  </Anchor>
                </Title>
                <Text size="sm">{l.description}</Text>
              </Stack>
              <ListProgress list={l} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** `/lists/:slug`: one list's problems in its order. */
export function ListPage() {
  const { slug = '' } = useParams();
  const { status } = useAuth();
  const signedIn = status === 'signed-in';
  const list = useQuery({
    queryKey: ['list', slug, signedIn],
    queryFn: () => api.list(slug),
    enabled: status !== 'loading',
    staleTime: 0,
  });
  useEffect(() => {
    if (list.data) document.title = `${list.data.title} · Tryout`;
  }, [list.data]);
  if (list.error instanceof ApiError && list.error.status === 404) return <NotFoundPage what="list" />;
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Anchor component={Link} to="/lists" size="sm">
        ← All lists
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {list.data?.title ?? 'List'}
          </Title>
          {list.data && <Text c="dimmed">{list.data.description}</Text>}
        </Stack>
        {list.data && (
          <Button component={Link} to={`/problems?list=${encodeURIComponent(slug)}`} variant="default">
            Open in the catalog
          </Button>
        )}
      </Group>
      {list.isError && (
        <Alert color="red" role="alert" title="Could not load the list">
          {errorMessage(list.error)}
        </Alert>
      )}
      {list.data && <ListProgress list={list.data} />}
      <ProblemTable
        problems={list.data?.problems}
        signedIn={signedIn}
        caption={list.data ? `${list.data.problemCount} problems, in the order to solve them` : 'Loading the list'}
        empty="This list is empty."
      />
    </Stack>
  );
}
