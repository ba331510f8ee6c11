import { ActionIcon, Anchor, AppShell, Button, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconBulb,
  IconChevronDown,
  IconClock,
  IconListDetails,
  IconLogout,
  IconMenu2,
  IconPuzzle,
  IconShield,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { PageLoader } from '../shared/page-loader';
import { ColorSchemeToggle } from './color-scheme-toggle';
import classes from './app-layout.module.css';

export function AppLayout() {
  const { status, user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // The problem page is a full-height workspace, like LeetCode's; other pages scroll.
  const workspace = /^\/problems\/[^/]+/.test(location.pathname);
  const next = encodeURIComponent(location.pathname + location.search);

  return (
    <AppShell header={{ height: 52 }} padding={workspace ? 0 : 'md'}>
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="lg" wrap="nowrap">
            {/* Narrow screens: the navigation folds into a menu so nothing in the header is cut off. */}
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="lg" hiddenFrom="sm" aria-label="Navigation menu">
                  <IconMenu2 size={20} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component={Link} to="/problems" leftSection={<IconPuzzle size={14} aria-hidden />}>
                  Problems
                </Menu.Item>
                <Menu.Item component={Link} to="/lists" leftSection={<IconListDetails size={14} aria-hidden />}>
                  Lists
                </Menu.Item>
                <Menu.Item component={Link} to="/mock" leftSection={<IconClock size={14} aria-hidden />}>
                  Mock interview
                </Menu.Item>
                <Menu.Item component={Link} to="/quizzes" leftSection={<IconBulb size={14} aria-hidden />}>
                  Quizzes
                </Menu.Item>
                {user && (
                  <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={14} aria-hidden />}>
                    Profile
                  </Menu.Item>
                )}
                {user && user.role !== 'candidate' && (
                  <Menu.Item component={Link} to="/interviews" leftSection={<IconUsers size={14} aria-hidden />}>
                    Interviews
                  </Menu.Item>
                )}
                {user?.role === 'admin' && (
                  <Menu.Item component={Link} to="/admin" leftSection={<IconShield size={14} aria-hidden />}>
                    Admin
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
            <Anchor component={Link} to="/problems" underline="never" className={classes.brand}>
              Tryout
            </Anchor>
            <nav aria-label="Main" className={classes.mainNav}>
              <Group gap={4} wrap="nowrap">
                <NavLink to="/problems" className={classes.navLink}>
                  Problems
                </NavLink>
                <NavLink to="/lists" className={classes.navLink}>
                  Lists
                </NavLink>
                <NavLink to="/mock" className={classes.navLink}>
                  Mock interview
                </NavLink>
                <NavLink to="/quizzes" className={classes.navLink}>
                  Quizzes
                </NavLink>
                {user && (
                  <NavLink to="/profile" className={classes.navLink}>
                    Profile
                  </NavLink>
                )}
                {user && user.role !== 'candidate' && (
                  <NavLink to="/interviews" className={classes.navLink}>
                    Interviews
                  </NavLink>
                )}
                {user?.role === 'admin' && (
                  <NavLink to="/admin" className={classes.navLink}>
                    Admin
                  </NavLink>
                )}
              </Group>
            </nav>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            {status === 'signed-in' && user ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <UnstyledButton
                    className={classes.userButton}
                    aria-label={`Account menu for ${user.displayName}`}
                    data-testid="user-menu"
                  >
                    <Group gap={6} wrap="nowrap">
                      <IconUser size={16} aria-hidden />
                      <Text size="sm" fw={500} truncate maw={{ base: 96, sm: 160 }}>
                        {user.displayName}
                      </Text>
                      <IconChevronDown size={14} aria-hidden />
                    </Group>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{user.email}</Menu.Label>
                  <Menu.Item leftSection={<IconUser size={14} />} onClick={() => void navigate('/profile')}>
                    Profile
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconLogout size={14} />}
                    onClick={() => void logout().finally(() => void navigate('/problems'))}
                  >
                    Log out
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : status === 'signed-out' ? (
              <>
                <Button component={Link} to={`/login?next=${next}`} variant="default" size="xs" px="xs">
                  Log in
                </Button>
                <Button component={Link} to={`/register?next=${next}`} size="xs" px="xs">
                  Sign up
                </Button>
              </>
            ) : (
              <VisuallyHidden>Checking your session</VisuallyHidden>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" className={workspace ? classes.workspaceMain : undefined}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
