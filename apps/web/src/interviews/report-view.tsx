import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { LANGUAGES, type InterviewReportDto } from '@tryout/contracts';
import { verdictColor, verdictLabel } from '../shared/format.util';
import { formatDuration } from './interview-clock.util';
import { ReportNotes } from './notes/report-notes';
import { PartResults } from './parts/part-results';
import classes from './report.module.css';
import { ReportScorecards } from './scorecards/report-scorecards';

/** The report, on screen and on paper (print CSS hides the chrome and keeps each problem on its page). */
/** `linkTimes`: note times open the playback (interviewers); the share link shows them as text. */
export function ReportView({ report, linkTimes = false }: { report: InterviewReportDto; linkTimes?: boolean }) {
  const started = report.clock.startedAt ? new Date(report.clock.startedAt) : null;
  return (
    <Stack className={classes.report} gap="lg" data-testid="interview-report">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{report.title}</Title>
          <Text>
            Candidate: <b>{report.candidateName}</b>
          </Text>
          <Text size="sm" c="dimmed">
            {started ? `Started ${started.toLocaleString()}` : 'Not started'} · {report.clock.totalMinutes}{' '}
            {report.clock.totalMinutes === 1 ? 'minute' : 'minutes'} · {report.clock.status}
          </Text>
          {report.extensions.map((e) => (
            <Text size="sm" c="dimmed" key={e.at}>
              {e.minutes > 0 ? `+${e.minutes}` : e.minutes} min by {e.by}: {e.reason}
            </Text>
          ))}
        </div>
        <Button variant="default" className={classes.noPrint} onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      {report.problems.map((p) => (
        <Stack key={p.position} gap="xs" className={classes.problem} data-testid={`report-problem-${p.position}`}>
          <Group gap="xs">
            <Title order={2} size="h3">
              {p.position}. {p.title}
            </Title>
            <Badge color={verdictColor(p.finalVerdict)} variant="light">
              {p.finalVerdict ? verdictLabel(p.finalVerdict) : 'Not submitted'}
            </Badge>
          </Group>
          <Text size="sm">
            {p.runs} {p.runs === 1 ? 'run' : 'runs'} · {p.submits} {p.submits === 1 ? 'submit' : 'submits'} · about{' '}
            {formatDuration(p.timeSpentSeconds)}
          </Text>
          {p.finalCode ? (
            <>
              <Text size="sm" fw={600}>
                Final code ({LANGUAGES[p.finalCode.language].name})
              </Text>
              <pre className={classes.code} data-testid="final-code">
                {p.finalCode.source}
              </pre>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              No code.
            </Text>
          )}
          {p.submissions.length > 0 && (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Language</Table.Th>
                  <Table.Th>Verdict</Table.Th>
                  <Table.Th>Tests</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.submissions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{new Date(s.createdAt).toLocaleTimeString()}</Table.Td>
                    <Table.Td>
                      {s.mode}
                      {s.automatic ? ' (at the end)' : ''}
                    </Table.Td>
                    <Table.Td>{LANGUAGES[s.language].name}</Table.Td>
                    <Table.Td>
                      <Badge color={verdictColor(s.verdict)} variant="light">
                        {verdictLabel(s.verdict, s.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {s.testsDone}/{s.testsTotal}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      ))}
      {report.parts.length > 0 && (
        <Stack gap="xs" className={classes.problem} data-testid="report-parts">
          <Title order={2} size="h3">
            Quizzes and open questions
          </Title>
          <PartResults parts={report.parts} offset={report.problems.length} />
        </Stack>
      )}
      {/* A mock has no interviewers: no scorecards, no notes. */}
      {report.kind === 'interview' && (
        <>
          <ReportScorecards report={report} />
          <ReportNotes report={report} linkTimes={linkTimes} />
        </>
      )}
    </Stack>
  );
}
