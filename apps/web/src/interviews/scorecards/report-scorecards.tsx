import { Stack, Text, Title } from '@mantine/core';
import type { InterviewReportDto } from '@tryout/contracts';
import { ScorecardView } from './scorecard-view';

/** The submitted scorecards on the report (hidden from an interviewer of the session until theirs is in). */
export function ReportScorecards({ report }: { report: InterviewReportDto }) {
  return (
    <Stack gap="xs" data-testid="report-scorecards">
      <Title order={2} size="h3">
        Scorecards
      </Title>
      {report.scorecards.length === 0 && report.scorecardsHidden === 0 && (
        <Text c="dimmed">No scorecards submitted.</Text>
      )}
      {report.scorecardsHidden > 0 && (
        <Text c="dimmed">
          {report.scorecardsHidden} submitted {report.scorecardsHidden === 1 ? 'scorecard is' : 'scorecards are'} hidden
          until you submit yours.
        </Text>
      )}
      {report.scorecards.map((c) => (
        <ScorecardView
          key={c.author + c.submittedAt}
          author={c.author}
          template={c.template}
          criteria={[
            ...c.criteria,
            ...c.openQuestions.map((q) => ({ name: `Open question: ${q.title}`, description: '' })),
          ]}
          scores={[...c.criteria, ...c.openQuestions]}
          recommendation={c.recommendation}
          submittedAt={c.submittedAt}
        />
      ))}
    </Stack>
  );
}
