import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

/** Any render error lands here instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="Something went wrong on this page" role="alert">
        <Stack gap="sm">
          <Text size="sm">{message}</Text>
          <Button variant="default" size="xs" w="fit-content" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
