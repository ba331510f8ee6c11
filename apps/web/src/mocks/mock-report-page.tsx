import { Alert, Anchor, Container } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../api/api-error';
import { ReportView } from '../interviews/report-view';
import { PageLoader } from '../shared/page-loader';
import { mocksApi } from './mock-api';

const POLL_MS = 2_000;

/** /mock/:id/report: the owner's report; refreshed until the final verdicts are in. */
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
        <ReportView report={report.data} />
      ) : (
        <PageLoader />
      )}
    </Container>
  );
}
