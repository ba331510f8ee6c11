import { Group, Stack, Title } from '@mantine/core';
import { NavLink, Navigate, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { NotFoundPage } from '../shared/not-found-page';
import { PageLoader } from '../shared/page-loader';
import classes from '../app/app-layout.module.css';

/** Sections of the admin area; a new one is a line here and a route in the router. */
const SECTIONS = [
  { to: 'users', label: 'Users' },
  { to: 'audit', label: 'Audit log' },
  { to: 'queue', label: 'Queue' },
  { to: 'scorecards', label: 'Scorecards' },
];

/**
 * The admin area. Non-admins see "does not exist" (the API answers them 403 anyway): the UI never
 * hints at what is there.
 */
export default function AdminLayout() {
  const { status, user } = useAuth();
  if (status === 'loading') return <PageLoader />;
  if (status === 'signed-out') return <Navigate to="/login?next=%2Fadmin" replace />;
  if (user?.role !== 'admin') return <NotFoundPage />;
  return (
    <Stack maw={1200} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          Admin
        </Title>
        <nav aria-label="Admin sections">
          <Group gap={4}>
            {SECTIONS.map((s) => (
              <NavLink key={s.to} to={s.to} className={classes.navLink}>
                {s.label}
              </NavLink>
            ))}
          </Group>
        </nav>
      </Group>
      <Outlet />
    </Stack>
  );
}
