import { Alert, Anchor, Button, Center, Group, Loader, Modal, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, type EditorialDto } from '@tryout/contracts';
import { IconEye, IconLock } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { useAuth } from '../auth/auth-context';
import { fencedCode } from './editorial-code.util';
import { StatementMarkdown } from './statement-markdown';

function LockedCard({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <Paper withBorder p="lg" m="md" data-testid="editorial-locked">
      <Stack gap="sm" align="flex-start">
        <Group gap="xs">
          <IconLock size={18} aria-hidden />
          <Title order={2} size="h5">
            Editorial locked
          </Title>
        </Group>
        <Text size="sm">{children}</Text>
        {action}
      </Stack>
    </Paper>
  );
}

function EditorialContent({ editorial }: { editorial: EditorialDto }) {
  const [language, setLanguage] = useState<string | null>(editorial.solutions[0]?.language ?? null);
  return (
    <Stack gap="md" p="md" data-testid="editorial">
      {editorial.unlockedBy === 'revealed' && (
        <Text size="xs" c="dimmed">
          You revealed this editorial before submitting.
        </Text>
      )}
      <StatementMarkdown markdown={editorial.body} />
      {editorial.solutions.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h5">
            Reference solutions
          </Title>
          <Text size="xs" c="dimmed">
            The accepted solutions every test of this problem is verified against.
          </Text>
          <Tabs value={language} onChange={setLanguage} variant="outline" data-testid="editorial-solutions">
            <Tabs.List>
              {editorial.solutions.map((s) => (
                <Tabs.Tab key={s.language} value={s.language}>
                  {LANGUAGES[s.language].name}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {editorial.solutions.map((s) => (
              <Tabs.Panel key={s.language} value={s.language} pt="xs">
                <StatementMarkdown markdown={fencedCode(s.language, s.source)} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
      )}
    </Stack>
  );
}

function SignedInEditorial({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  // Fresh on every visit of the tab: a submission made meanwhile unlocks it.
  const editorial = useQuery({ queryKey: ['editorial', slug], queryFn: () => api.editorial(slug), staleTime: 0 });
  const [confirming, setConfirming] = useState(false);
  const reveal = useMutation({
    mutationFn: () => api.revealEditorial(slug),
    onSuccess: (dto) => {
      queryClient.setQueryData(['editorial', slug], dto);
      setConfirming(false);
    },
  });

  if (editorial.data && !editorial.data.locked) return <EditorialContent editorial={editorial.data} />;
  const error = editorial.error;
  if (error instanceof ApiError && error.code === 'editorial_not_found') {
    return (
      <Text p="md" c="dimmed" data-testid="editorial-missing">
        This problem has no editorial yet.
      </Text>
    );
  }
  // Locked is an answer of the API (200, without the content), not a failed request.
  if (editorial.data?.locked) {
    return (
      <>
        <LockedCard
          action={
            <Button
              variant="default"
              size="xs"
              leftSection={<IconEye size={14} aria-hidden />}
              onClick={() => setConfirming(true)}
              data-testid="reveal-editorial"
            >
              Reveal the editorial
            </Button>
          }
        >
          The editorial and the reference solutions unlock after your first submission to this problem, whatever its
          verdict. Try it yourself first: the hints on the Description tab help one step at a time.
        </LockedCard>
        <Modal
          opened={confirming}
          onClose={() => setConfirming(false)}
          title="Reveal the editorial?"
          closeButtonProps={{ 'aria-label': 'Close' }}
        >
          <Stack gap="md">
            <Text size="sm">
              Reading the solution before trying usually teaches less. The reveal is recorded on your account, and the
              editorial stays open for this problem.
            </Text>
            {reveal.isError && (
              <Alert color="red" role="alert">
                {errorMessage(reveal.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Keep it locked
              </Button>
              <Button onClick={() => reveal.mutate()} loading={reveal.isPending} data-testid="confirm-reveal">
                Reveal
              </Button>
            </Group>
          </Stack>
        </Modal>
      </>
    );
  }
  if (error) {
    return (
      <Alert color="red" m="md" role="alert" title="Could not load the editorial">
        {errorMessage(error)}
      </Alert>
    );
  }
  return (
    <Center py="lg" role="status" aria-label="Loading the editorial">
      <Loader size="sm" />
    </Center>
  );
}

/** The Editorial tab: prose from the package, then one accepted reference solution per language. */
export function EditorialPanel({ slug }: { slug: string }) {
  const { status } = useAuth();
  if (status === 'signed-in') return <SignedInEditorial slug={slug} />;
  return (
    <LockedCard
      action={
        <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/problems/${slug}`)}`} size="sm">
          Sign in to read the editorial
        </Anchor>
      }
    >
      Sign in, then submit once (any verdict) or reveal it to read the editorial and the reference solutions.
    </LockedCard>
  );
}
