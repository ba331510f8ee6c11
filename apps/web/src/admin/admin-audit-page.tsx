import { Alert, Code, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AUDIT_ACTIONS, type AuditAction } from '@tryout/contracts';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { adminApi } from './admin-api';

const PAGE_SIZE = 50;

function describeDetails(details: Record<string, unknown> | null): string {
  if (!details) return '';
  if (typeof details['from'] === 'string' && typeof details['to'] === 'string')
    return `${details['from']} → ${details['to']}`;
  return JSON.stringify(details);
}

export default function AdminAuditPage() {
  const [actor, setActor] = useState('');
  const [target, setTarget] = useState('');
  const [action, setAction] = useState<AuditAction | null>(null);
  const [debouncedActor] = useDebouncedValue(actor.trim(), 250);
  const [debouncedTarget] = useDebouncedValue(target.trim(), 250);
  // The page belongs to one set of filters: changing a filter starts again at page 1.
  const filterKey = JSON.stringify([debouncedActor, debouncedTarget, action]);
  const [paging, setPaging] = useState({ filterKey, page: 1 });
  const page = paging.filterKey === filterKey ? paging.page : 1;
  const setPage = (next: number) => setPaging({ filterKey, page: next });

  useEffect(() => {
    document.title = 'Audit log · Admin · Tryout';
  }, []);

  const query = {
    actor: debouncedActor || undefined,
    target: debouncedTarget || undefined,
    action: action ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const audit = useQuery({
    queryKey: ['admin', 'audit', query],
    queryFn: ({ signal }) => adminApi.audit(query, signal),
    placeholderData: keepPreviousData,
  });
  const data = audit.data;

  return (
    <Stack gap="sm">
      <Group gap="sm" align="end" wrap="wrap">
        <TextInput
          label="Actor"
          placeholder="E-mail or id"
          value={actor}
          onChange={(e) => setActor(e.currentTarget.value)}
          w={260}
        />
        <Select
          label="Action"
          placeholder="Any"
          clearable
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))}
          value={action}
          onChange={(v) => setAction(v as AuditAction | null)}
          w={220}
        />
        <TextInput
          label="Target"
          placeholder="E-mail, job or id"
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          w={260}
        />
      </Group>
      {audit.isError && (
        <Alert color="red" role="alert">
          {errorMessage(audit.error)}
        </Alert>
      )}
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.items.map((e) => (
            <Table.Tr key={e.id} data-testid="audit-row">
              <Table.Td>
                <Text size="sm" title={e.at}>
                  {new Date(e.at).toLocaleString()}
                </Text>
              </Table.Td>
              <Table.Td>{e.actorLabel}</Table.Td>
              <Table.Td>
                <Code>{e.action}</Code>
              </Table.Td>
              <Table.Td>{e.targetLabel}</Table.Td>
              <Table.Td>
                <Text size="sm">{describeDetails(e.details)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.items.length === 0 && <Text c="dimmed">No entry matches.</Text>}
      {data && data.total > PAGE_SIZE && (
        <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />
      )}
    </Stack>
  );
}
