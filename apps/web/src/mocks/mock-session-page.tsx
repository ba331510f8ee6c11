import { Alert, Anchor, Container } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import CandidatePage from '../interviews/candidate-page';
import { PageLoader } from '../shared/page-loader';
import { mocksApi } from './mock-api';

/** /mock/:id: the owner takes their mock on the focused interview page (no catalog, no navigation). */
export default function MockSessionPage() {
  const { id = '' } = useParams();
  const { status, user } = useAuth();
  const open = useCallback(() => mocksApi.session(id), [id]);
  const mock = useMemo(() => ({ finish: () => mocksApi.end(id), reportHref: `/mock/${id}/report` }), [id]);
  if (status === 'loading') return <PageLoader />;
  if (!user)
    return (
      <Container size="sm" py="xl">
        <Alert color="yellow" title="Sign in to open your mock interview">
          <Anchor component={Link} to="/login">
            Log in
          </Anchor>{' '}
          with the account that started it.
        </Alert>
      </Container>
    );
  return <CandidatePage open={open} mock={mock} />;
}
