import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { LANGUAGES, type InterviewReportDto } from '@tryout/contracts';
import { verdictColor, verdictLabel } from '../shared/format.util';
import { formatDuration, formatElapsed } from './interview-clock.util';
import { ReportNotes } from './notes/report-notes';
import { PartResults } from './parts/part-results';
import classes from './report.module.css';
import { ReportScorecards } from './scorecards/report-scorecards';

/** The report, on screen and on paper (print CSS hides the chrome and keeps each problem on its page). */
/** `linkTimes`: note times open the playback (interviewers); the share link shows them as text. */
export function ReportView({ report, linkTimes = false }: { report: InterviewReportDto; linkTimes?: boolean }) {
  return (
    <Stack className={classes.report} gap="lg" data-testid="interview-report">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{report.title}</Title>
          <Text>
            Candidate: <b>{report.candidateName}</b>
            {report.candidateEmail && <> &lt;{report.candidateEmail}&gt;</>}
          </Text>
          <Text size="sm" c="dimmed" data-testid="report-times">
            {reportTimes(report)}
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
                    <Table.Td data-testid="report-tests">
                      {/* Passed, not merely run: a Wrong Answer that ran 2 of 2 tests passed only some. */}
                      {s.testsPassed != null
                        ? `${s.testsPassed}/${s.testsTotal} passed`
                        : `${s.testsDone}/${s.testsTotal}`}
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

/** "Started … · ended … · lasted 3 min 34 s (planned 50 min) · ended": what happened, not only what was planned. */
function reportTimes(report: InterviewReportDto): string {
  const { clock } = report;
  const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
  const planned = report.plannedMinutes ?? clock.totalMinutes;
  const plan =
    planned === clock.totalMinutes
      ? `planned ${minutes(planned)}`
      : `planned ${minutes(planned)}, ${clock.totalMinutes} with time changes`;
  const started = clock.startedAt && clock.status !== 'scheduled' ? new Date(clock.startedAt) : null;
  if (!started) return `Not started · ${plan} · ${clock.status}`;
  const parts = [`Started ${started.toLocaleString()}`];
  const finished = report.finishedAt ?? clock.endedAt;
  if (finished)
    parts.push(`${clock.status === 'cancelled' ? 'cancelled' : 'ended'} ${new Date(finished).toLocaleString()}`);
  if (report.actualSeconds != null)
    parts.push(
      `${clock.status === 'live' ? 'running for' : 'lasted'} ${formatElapsed(report.actualSeconds)} (${plan})`,
    );
  else parts.push(plan);
  parts.push(clock.status);
  return parts.join(' · ');
}
