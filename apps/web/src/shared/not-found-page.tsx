import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <Stack align="center" py="xl">
      <Title order={1} size="h2">
        This {what} does not exist
      </Title>
      <Text c="dimmed">It may have been renamed or removed.</Text>
      <Anchor component={Link} to="/problems">
        Back to the problems
      </Anchor>
    </Stack>
  );
}
