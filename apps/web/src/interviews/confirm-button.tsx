import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * A button whose action asks first, in a Mantine modal: for the interviewer's controls that cannot
 * be undone (end, cancel, revoke). `onConfirm` may return a promise; the modal waits for it.
 */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  testId,
  ...button
}: ButtonProps & {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
  testId?: string;
}) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    void Promise.resolve()
      .then(onConfirm)
      .catch(() => undefined)
      .finally(() => {
        setBusy(false);
        setOpened(false);
      });
  };
  return (
    <>
      <Button {...button} onClick={() => setOpened(true)} data-testid={testId}>
        {children}
      </Button>
      <Modal opened={opened} onClose={() => !busy && setOpened(false)} title={title} centered>
        <Stack gap="md">
          <Text size="sm">{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} disabled={busy}>
              Keep going
            </Button>
            <Button
              color={button.color ?? 'red'}
              onClick={confirm}
              loading={busy}
              data-testid={testId ? `${testId}-confirm` : undefined}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
