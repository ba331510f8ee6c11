import { Group, Stack, Text, Title } from '@mantine/core';
import type { InterviewReportDto } from '@tryout/contracts';
import { StatementMarkdown } from '../../problem/statement-markdown';
import { NoteTime } from './note-time';

/** Every interviewer's notes on the report, in session-time order, each with its time. */
export function ReportNotes({ report, linkTimes }: { report: InterviewReportDto; linkTimes: boolean }) {
  return (
    <Stack gap="xs" data-testid="report-notes">
      <Title order={2} size="h3">
        Interviewer notes
      </Title>
      {report.notes.length === 0 && <Text c="dimmed">No notes.</Text>}
      {report.notes.map((n, i) => (
        <div key={`${n.createdAt}-${i}`} data-testid="report-note" style={{ breakInside: 'avoid' }}>
          <Group gap="xs">
            <NoteTime ms={n.sessionMs} sessionId={linkTimes ? report.id : undefined} />
            <Text size="sm" fw={600}>
              {n.author}
            </Text>
          </Group>
          <StatementMarkdown markdown={n.body} />
        </div>
      ))}
    </Stack>
  );
}
