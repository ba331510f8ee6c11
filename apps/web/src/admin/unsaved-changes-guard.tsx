import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router-dom';

/**
 * Asks before unsaved edits are lost: the browser's own prompt for closing the tab or reloading,
 * and a "Leave without saving?" dialog for navigation inside the app (links, back and forward),
 * which the data router lets us hold until the admin answers. `leaving` is set by a caller that
 * leaves on purpose (the draft was just discarded): read when the navigation starts, since the
 * navigation comes before the next render.
 */
export function UnsavedChangesGuard({ dirty, leaving }: { dirty: boolean; leaving: RefObject<boolean> }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !leaving.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (!leaving.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, leaving]);

  const blocked = blocker.state === 'blocked';
  return (
    <Modal
      opened={blocked}
      onClose={() => blocked && blocker.reset()}
      title="Leave without saving?"
      data-testid="leave-dialog"
    >
      <Text size="sm">The draft has unsaved changes. Leaving this page throws them away.</Text>
      <Group justify="end" mt="md">
        <Button variant="default" onClick={() => blocked && blocker.reset()} data-autofocus data-testid="leave-stay">
          Stay
        </Button>
        <Button color="red" onClick={() => blocked && blocker.proceed()} data-testid="leave-confirm">
          Leave
        </Button>
      </Group>
    </Modal>
  );
}
