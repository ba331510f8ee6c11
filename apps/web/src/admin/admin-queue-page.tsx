import { Alert, Button, Card, Code, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueueCountsDto } from '@tryout/contracts';
import { useEffect } from 'react';
import { errorMessage } from '../api/api-error';
import { formatRelative } from '../shared/format.util';
import { adminApi } from './admin-api';

const COUNTS: { key: keyof QueueCountsDto; label: string }[] = [
  { key: 'waiting', label: 'Waiting' },
  { key: 'prioritized', label: 'Prioritized' },
  { key: 'active', label: 'Active' },
  { key: 'delayed', label: 'Delayed' },
  { key: 'failed', label: 'Failed' },
  { key: 'completed', label: 'Completed' },
];

export default function AdminQueuePage() {
  const queryClient = useQueryClient();
  // The queue moves on its own: poll while the page is open.
  const overview = useQuery({ queryKey: ['admin', 'queue'], queryFn: adminApi.queue, refetchInterval: 5000 });
  const retry = useMutation({
    mutationFn: adminApi.retryJob,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });

  useEffect(() => {
    document.title = 'Queue · Admin · Tryout';
  }, []);

  const data = overview.data;
  return (
    <Stack gap="md">
      {(overview.isError || retry.isError) && (
        <Alert color="red" role="alert">
          {errorMessage(overview.error ?? retry.error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        {COUNTS.map((c) => (
          <Card key={c.key} withBorder padding="sm">
            <Text size="xs" c="dimmed">
              {c.label}
            </Text>
            <Text fw={700} size="xl" data-testid={`queue-count-${c.key}`}>
              {data ? data.counts[c.key] : '–'}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Title order={2} size="h4">
        Recent failures
      </Title>
      {data && data.failed.length === 0 ? (
        <Text c="dimmed">No failed jobs.</Text>
      ) : (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Job</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Failed</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.failed.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>
                  <Code>{job.name}</Code>{' '}
                  <Text span size="sm">
                    {job.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {job.failedReason}
                  </Text>
                </Table.Td>
                <Table.Td>{job.attemptsMade}</Table.Td>
                <Table.Td>{job.failedAt ? formatRelative(job.failedAt) : ''}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" disabled={retry.isPending} onClick={() => retry.mutate(job.id)}>
                    Retry
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
