import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import { DifficultyLabel } from '../shared/difficulty-label';

/** Problems sharing the most tags with this one (the API ranks them). */
export function SimilarProblems({ slug }: { slug: string }) {
  const query = useQuery({ queryKey: ['similar', slug], queryFn: () => api.similar(slug), staleTime: 5 * 60_000 });
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap={6} px="md" pb="md" component="section" aria-labelledby="similar-heading" data-testid="similar-problems">
      <Title order={2} size="h5" id="similar-heading">
        Similar problems
      </Title>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((p) => (
          <Group key={p.slug} component="li" justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={`/problems/${p.slug}`} size="sm">
              {p.title}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {p.sharedTags.join(', ')}
              </Text>
              <DifficultyLabel difficulty={p.difficulty} size="xs" />
            </Group>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
