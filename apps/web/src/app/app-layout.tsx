import { Anchor, AppShell, Button, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUser } from '@tabler/icons-react';
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
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/problems" underline="never" className={classes.brand}>
              Tryout
            </Anchor>
            <nav aria-label="Main">
              <Group gap={4} wrap="nowrap">
                <NavLink to="/problems" className={classes.navLink}>
                  Problems
                </NavLink>
                {user && (
                  <NavLink to="/profile" className={classes.navLink}>
                    Profile
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
                      <Text size="sm" fw={500} truncate maw={160}>
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
                <Button component={Link} to={`/login?next=${next}`} variant="default" size="xs">
                  Log in
                </Button>
                <Button component={Link} to={`/register?next=${next}`} size="xs">
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
