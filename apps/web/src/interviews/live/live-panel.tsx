import { Alert, Badge, Box, Group, Paper, SegmentedControl, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { LANGUAGES, type InterviewDetailDto, type LanguageId } from '@tryout/contracts';
import { useEffect, useState } from 'react';
import { getAccessToken } from '../../api/token-store';
import { useAuth } from '../../auth/auth-context';
import { interviewsApi } from '../interview-api';
import { LiveCodeEditor } from './live-code-editor';
import { formatSessionTime } from '../notes/session-time.util';
import { interviewerPeer, useLiveDocument, type LiveDocument, type LivePeerState } from './use-live-document';

const EVENTS_POLL_MS = 3_000;

/** The candidate as awareness shows them: online, tab visible, window focused. */
function useCandidatePresence(live: LiveDocument | null) {
  const [presence, setPresence] = useState<{ online: boolean; visible: boolean; focused: boolean }>({
    online: false,
    visible: true,
    focused: true,
  });
  useEffect(() => {
    if (!live) return;
    const read = () => {
      const states = [...live.awareness.getStates().values()] as LivePeerState[];
      const candidate = states.find((s) => s.user?.role === 'candidate');
      setPresence({
        online: !!candidate,
        visible: candidate?.presence?.visible ?? true,
        focused: candidate?.presence?.focused ?? true,
      });
    };
    read();
    live.awareness.on('change', read);
    return () => live.awareness.off('change', read);
  }, [live]);
  return presence;
}

function LiveProblem({
  s,
  position,
  language,
  active,
}: {
  s: InterviewDetailDto;
  position: number;
  language: LanguageId;
  active: boolean;
}) {
  const { user } = useAuth();
  const live = useLiveDocument(
    s.id,
    position,
    () => getAccessToken() ?? '',
    interviewerPeer(user?.displayName ?? 'Interviewer'),
  );
  const presence = useCandidatePresence(live);
  const events = useQuery({
    queryKey: ['live-timeline', s.id, position],
    queryFn: () => interviewsApi.timeline(s.id, position),
    refetchInterval: s.status === 'live' ? EVENTS_POLL_MS : false,
    enabled: active,
  });
  const origin = s.startedAt ? Date.parse(s.startedAt) : 0;
  const notable = (events.data?.events ?? [])
    .filter((e) => e.who === 'candidate')
    .slice(-12)
    .reverse();
  const writable = live?.mode === 'pair' && !live.sessionOver && s.status === 'live';
  if (!live) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="xs" data-testid="candidate-presence">
          <Badge variant="default" data-testid="candidate-language">
            {LANGUAGES[language].name}
          </Badge>
          <Badge color={presence.online ? 'green' : 'gray'}>{presence.online ? 'online' : 'offline'}</Badge>
          {presence.online && !presence.visible && <Badge color="orange">tab hidden</Badge>}
          {presence.online && presence.visible && !presence.focused && <Badge color="yellow">window blurred</Badge>}
        </Group>
        <SegmentedControl
          size="xs"
          aria-label="Editing mode"
          value={live.mode}
          disabled={s.status !== 'live' || live.status !== 'connected'}
          onChange={(v) => live.signal({ kind: v === 'pair' ? 'pair' : 'watch' })}
          data={[
            { value: 'watch', label: 'Watch only' },
            { value: 'pair', label: 'Pair (both type)' },
          ]}
        />
      </Group>
      {live.refused && <Alert color="red">{live.refused}</Alert>}
      <Box h={360} style={{ border: '1px solid var(--mantine-color-default-border)' }}>
        <LiveCodeEditor
          text={live.text}
          awareness={live.awareness}
          language={language}
          readOnly={!writable}
          label={`Live code of problem ${position}`}
          testId={active ? 'live-editor' : undefined}
        />
      </Box>
      {notable.length > 0 && (
        <Table data-testid="live-events" fz="sm">
          <Table.Tbody>
            {notable.map((e, i) => (
              <Table.Tr key={i}>
                <Table.Td w={70}>{formatSessionTime(Date.parse(e.at) - origin)}</Table.Td>
                <Table.Td>
                  {e.kind === 'paste' ? `pasted ${e.size ?? 0} characters` : (EVENT_LABELS[e.kind] ?? e.kind)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

const EVENT_LABELS: Record<string, string> = {
  online: 'came online',
  offline: 'went offline',
  hidden: 'hid the tab',
  visible: 'came back to the tab',
  blur: 'left the window',
  focus: 'came back to the window',
};

/** The interviewer's live view: the candidate's code as they type it, their cursor, presence and pastes; watch or pair. */
export function LivePanel({ s }: { s: InterviewDetailDto }) {
  const [tab, setTab] = useState<string>(String(s.problems[0]?.position ?? 1));
  return (
    <Paper withBorder p="md" radius="md" data-testid="live-panel">
      <Title order={2} size="h4" mb="xs">
        Live editor
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        The candidate&apos;s cursor is blue, interviewers&apos; orange. Watch only keeps your editor read-only; Pair
        lets you type in the candidate&apos;s document.
      </Text>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List mb="xs">
          {s.problems.map((p) => (
            <Tabs.Tab key={p.position} value={String(p.position)}>
              {p.position}. {p.title}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {s.problems.map((p) => (
          <Tabs.Panel key={p.position} value={String(p.position)}>
            <LiveProblem
              s={s}
              position={p.position}
              language={p.language ?? s.languages[0]}
              active={tab === String(p.position)}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
