import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InterviewNoteDto } from '@tryout/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { StatementMarkdown } from '../../problem/statement-markdown';
import { interviewsApi } from '../interview-api';
import { NoteTime } from './note-time';

/**
 * The interviewer's private notes: short Markdown entries, each stamped by the server with the
 * session time it was written at; the time opens the playback there (or seeks, given `onSeek`).
 */
export function InterviewNotesPanel({ sessionId, onSeek }: { sessionId: string; onSeek?: (ms: number) => void }) {
  const queryClient = useQueryClient();
  const key = ['interview-notes', sessionId];
  const notes = useQuery({ queryKey: key, queryFn: () => interviewsApi.notes(sessionId) });
  const [draft, setDraft] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const add = useMutation({
    mutationFn: (body: string) => interviewsApi.addNote(sessionId, body),
    onSuccess: () => {
      setDraft('');
      refresh();
    },
  });
  const submit = () => {
    if (draft.trim() && !add.isPending) add.mutate(draft);
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="notes-panel">
      <Title order={2} size="h4" mb="xs">
        Your notes (private; Markdown)
      </Title>
      <Stack gap="sm">
        {notes.data?.notes.length === 0 && (
          <Text size="sm" c="dimmed">
            No notes yet. Each note is stamped with the session time, so it points at the moment it describes.
          </Text>
        )}
        {notes.data?.notes.map((n) => (
          <NoteEntry key={n.id} sessionId={sessionId} note={n} onSeek={onSeek} onChanged={refresh} />
        ))}
        <Textarea
          aria-label="New note"
          placeholder="What just happened? (Ctrl+Enter adds it)"
          autosize
          minRows={2}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
          data-testid="interview-notes"
        />
        {(add.error || notes.error) && <Alert color="red">{errorMessage(add.error ?? notes.error)}</Alert>}
        <Group justify="flex-end">
          <Button size="xs" onClick={submit} loading={add.isPending} disabled={!draft.trim()}>
            Add note
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function NoteEntry({
  sessionId,
  note,
  onSeek,
  onChanged,
}: {
  sessionId: string;
  note: InterviewNoteDto;
  onSeek?: (ms: number) => void;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: string) => interviewsApi.editNote(sessionId, note.id, body),
    onSuccess: () => {
      setEditing(null);
      onChanged();
    },
  });
  const remove = useMutation({ mutationFn: () => interviewsApi.deleteNote(sessionId, note.id), onSuccess: onChanged });
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="note-entry">
      <Group justify="space-between" align="center" wrap="nowrap" mb={4}>
        <NoteTime ms={note.sessionMs} sessionId={sessionId} onSeek={onSeek} />
        {editing === null && (
          <Group gap={4}>
            <Tooltip label="Edit (keeps the time)">
              <ActionIcon variant="subtle" size="sm" aria-label="Edit note" onClick={() => setEditing(note.body)}>
                ✎
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete">
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label="Delete note"
                loading={remove.isPending}
                onClick={() => remove.mutate()}
              >
                ×
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
      {editing === null ? (
        <StatementMarkdown markdown={note.body} />
      ) : (
        <Stack gap="xs">
          <Textarea
            aria-label="Edit note"
            autosize
            minRows={2}
            value={editing}
            onChange={(e) => setEditing(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setEditing(null)}>
              Cancel
            </Button>
            <Button size="xs" loading={save.isPending} disabled={!editing.trim()} onClick={() => save.mutate(editing)}>
              Save
            </Button>
          </Group>
        </Stack>
      )}
      {(save.error || remove.error) && (
        <Text size="xs" c="red">
          {errorMessage(save.error ?? remove.error)}
        </Text>
      )}
    </Paper>
  );
}
