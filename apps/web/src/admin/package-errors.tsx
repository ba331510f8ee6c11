import { Alert, List, Text } from '@mantine/core';
import type { PackageFileErrorDto } from '@tryout/contracts';
import { ApiError, errorMessage } from '../api/api-error';

/** A refused package: one line per file with what `tryout import` found wrong in it. */
export function PackageErrors({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const files =
    error instanceof ApiError && error.code === 'package_invalid' && Array.isArray(error.details)
      ? (error.details as PackageFileErrorDto[])
      : null;
  return (
    <Alert color="red" role="alert" title="The package was not accepted" withCloseButton={!!onClose} onClose={onClose}>
      <Text size="sm">{errorMessage(error)}</Text>
      {files && (
        <List size="sm" mt="xs" data-testid="package-errors">
          {files.map((f) => (
            <List.Item key={f.field}>
              <Text span ff="monospace" size="sm">
                {f.field}
              </Text>
              : {f.errors.join('; ')}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
