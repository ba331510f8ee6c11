import { Alert, Anchor, Container, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { Playback, reportPlayback } from '../interviews/live/playback';
import classes from '../interviews/report.module.css';
import { ReportView } from '../interviews/report-view';
import { PageLoader } from '../shared/page-loader';
import { mocksApi } from './mock-api';

const POLL_MS = 2_000;

/** /mock/:id/report: the owner's report and the playback of their work; refreshed until the final verdicts are in. */
export default function MockReportPage() {
  const { id = '' } = useParams();
  const report = useQuery({
    queryKey: ['mock-report', id],
    queryFn: () => mocksApi.report(id),
    refetchInterval: (q) => {
      const r = q.state.data;
      const settled =
        r &&
        (r.clock.status === 'ended' || r.clock.status === 'cancelled') &&
        r.problems.every((p) => p.submissions.every((s) => s.status === 'finished'));
      return settled ? false : POLL_MS;
    },
  });
  return (
    <Container size="lg">
      <Anchor component={Link} to="/mock" size="sm">
        ← Mock interviews
      </Anchor>
      {report.error ? (
        <Alert color="red">{errorMessage(report.error)}</Alert>
      ) : report.data ? (
        <Stack gap="md">
          <ReportView report={report.data} />
          {report.data.clock.startedAt && (
            <div className={`${classes.column} ${classes.noPrint}`} data-testid="report-playback">
              <Playback
                sessionId={id}
                {...reportPlayback(report.data)}
                fetchTimeline={(position) => mocksApi.timeline(id, position)}
              />
            </div>
          )}
        </Stack>
      ) : (
        <PageLoader />
      )}
    </Container>
  );
}
