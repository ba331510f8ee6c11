import { Anchor, Badge, Group, Skeleton, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ProblemSort, ProblemSummaryDto } from '@tryout/contracts';
import {
  IconArrowsSort,
  IconCircleCheck,
  IconCircleDashed,
  IconSortAscending,
  IconSortDescending,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DifficultyLabel } from '../shared/difficulty-label';
import { formatPercent } from '../shared/format.util';
import type { SortOrder } from './catalog-query.util';
import { FavouriteButton } from './favourite-button';
import classes from './problem-table.module.css';

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

export function Acceptance({ rate }: { rate: number | null }) {
  if (rate !== null) return <>{formatPercent(rate)}</>;
  return (
    <Tooltip label="No finished submissions yet">
      <span>
        <span aria-hidden>—</span>
        <VisuallyHidden>No finished submissions yet</VisuallyHidden>
      </span>
    </Tooltip>
  );
}

export interface SortState {
  /** The sort in force; null when rows follow search rank or a list's order. */
  current: { sort: ProblemSort; order: SortOrder } | null;
  onSort: (column: ProblemSort) => void;
}

function SortableTh({
  column,
  sort,
  children,
  ...props
}: {
  column: ProblemSort;
  sort: SortState;
  children: ReactNode;
  w?: number;
  ta?: 'right';
}) {
  const active = sort.current?.sort === column ? sort.current.order : null;
  const Icon = active === 'asc' ? IconSortAscending : active === 'desc' ? IconSortDescending : IconArrowsSort;
  return (
    <Table.Th {...props} aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton className={classes.sortButton} onClick={() => sort.onSort(column)} data-testid={`sort-${column}`}>
        {children}
        <Icon size={14} aria-hidden className={active ? undefined : classes.idleIcon} />
      </UnstyledButton>
    </Table.Th>
  );
}

/** The catalog's table (also a list's): number, title, difficulty, tags, acceptance; stars for signed-in callers. */
export function ProblemTable({
  problems,
  caption,
  sort,
  signedIn,
  empty = 'No problem matches these filters.',
  busy,
}: {
  problems: ProblemSummaryDto[] | undefined;
  caption: string;
  /** Without it, headers are plain (a list keeps its own order). */
  sort?: SortState;
  signedIn: boolean;
  empty?: string;
  busy?: boolean;
}) {
  const columns = signedIn ? 7 : 6;
  const header = (column: ProblemSort, label: string, props: { w?: number; ta?: 'right' } = {}) =>
    sort ? (
      <SortableTh column={column} sort={sort} {...props}>
        {label}
      </SortableTh>
    ) : (
      <Table.Th {...props}>{label}</Table.Th>
    );
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={busy} data-testid="catalog-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Status</Table.Th>
            {header('number', '#', { w: 64 })}
            {header('title', 'Title')}
            {header('difficulty', 'Difficulty', { w: 120 })}
            <Table.Th>Tags</Table.Th>
            {header('acceptance', 'Acceptance', { w: 130, ta: 'right' })}
            {signedIn && (
              <Table.Th w={56}>
                <VisuallyHidden>Favourite</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!problems &&
            Array.from({ length: 6 }, (_, i) => (
              <Table.Tr key={i}>
                <Table.Td colSpan={columns}>
                  <Skeleton h={18} />
                </Table.Td>
              </Table.Tr>
            ))}
          {problems?.map((p) => (
            <Table.Tr key={p.id} data-testid="problem-row">
              <Table.Td>
                <StatusMark problem={p} />
              </Table.Td>
              <Table.Td c="dimmed" data-testid="problem-number">
                {p.number}
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
              <Table.Td ta="right">
                <Acceptance rate={p.acceptanceRate} />
              </Table.Td>
              {signedIn && (
                <Table.Td>
                  <FavouriteButton slug={p.slug} title={p.title} favourite={Boolean(p.favourite)} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {problems?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text c="dimmed" ta="center" py="lg">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
