import {
  Alert,
  Badge,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLES, USER_STATUSES, type AdminUserDto, type Role, type UserStatus } from '@tryout/contracts';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { useAuth } from '../auth/auth-context';
import { formatRelative } from '../shared/format.util';
import { adminApi } from './admin-api';

const PAGE_SIZE = 20;

export default function AdminUsersPage() {
  const { user: me } = useAuth();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<UserStatus | null>(null);
  // The page belongs to one set of filters: changing a filter starts again at page 1.
  const filterKey = JSON.stringify([debouncedQ, role, status]);
  const [paging, setPaging] = useState({ filterKey, page: 1 });
  const page = paging.filterKey === filterKey ? paging.page : 1;
  const setPage = (next: number) => setPaging({ filterKey, page: next });

  useEffect(() => {
    document.title = 'Users · Admin · Tryout';
  }, []);

  const query = {
    q: debouncedQ || undefined,
    role: role ?? undefined,
    status: status ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const users = useQuery({
    queryKey: ['admin', 'users', query],
    queryFn: ({ signal }) => adminApi.users(query, signal),
    placeholderData: keepPreviousData,
  });

  const change = useMutation({
    mutationFn: async (
      action: { kind: 'role'; user: AdminUserDto; role: Role } | { kind: 'disable' | 'enable'; user: AdminUserDto },
    ) => {
      if (action.kind === 'role') return adminApi.changeRole(action.user.id, action.role);
      return action.kind === 'disable' ? adminApi.disable(action.user.id) : adminApi.enable(action.user.id);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });

  const data = users.data;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="E-mail or display name"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={320}
          data-testid="user-search"
        />
        <Select
          label="Role"
          placeholder="Any"
          clearable
          data={ROLES.map((r) => ({ value: r, label: r }))}
          value={role}
          onChange={(v) => setRole(v as Role | null)}
          w={160}
        />
        <Select
          label="Status"
          placeholder="Any"
          clearable
          data={USER_STATUSES.map((s) => ({ value: s, label: s }))}
          value={status}
          onChange={(v) => setStatus(v as UserStatus | null)}
          w={160}
        />
      </Group>
      {(users.isError || change.isError) && (
        <Alert color="red" role="alert">
          {errorMessage(users.error ?? change.error)}
        </Alert>
      )}
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Joined</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.items.map((u) => (
            <Table.Tr key={u.id} data-testid={`user-row-${u.email}`}>
              <Table.Td>{u.email}</Table.Td>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Role of ${u.email}`}
                  data={ROLES.map((r) => ({ value: r, label: r }))}
                  value={u.role}
                  allowDeselect={false}
                  disabled={change.isPending}
                  onChange={(v) => v && v !== u.role && change.mutate({ kind: 'role', user: u, role: v as Role })}
                  w={140}
                  size="xs"
                />
              </Table.Td>
              <Table.Td>
                {u.disabledAt ? (
                  <Badge color="red" variant="light">
                    disabled
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatRelative(u.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                {u.id !== me?.id &&
                  (u.disabledAt ? (
                    <Button
                      size="xs"
                      variant="default"
                      disabled={change.isPending}
                      onClick={() => change.mutate({ kind: 'enable', user: u })}
                    >
                      Enable
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      disabled={change.isPending}
                      onClick={() => change.mutate({ kind: 'disable', user: u })}
                    >
                      Disable
                    </Button>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.items.length === 0 && <Text c="dimmed">No user matches.</Text>}
      {data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {data.total} user{data.total === 1 ? '' : 's'}
          </Text>
          {data.total > PAGE_SIZE && (
            <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />
          )}
        </Group>
      )}
    </Stack>
  );
}
