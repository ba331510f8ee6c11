import { Alert, Badge, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { DraftContentDto, ProblemDraftDto, PublishResultDto } from '@tryout/contracts';
import { errorMessage } from '../api/api-error';
import { authoringApi } from './authoring-api';
import { TestChanges } from './test-case-table';

const FIELD_LABELS: Record<keyof DraftContentDto, string> = {
  slug: 'Slug',
  title: 'Title',
  type: 'Type',
  difficulty: 'Difficulty',
  tags: 'Tags',
  source: 'Source',
  statement: 'Statement',
  editorial: 'Editorial',
  hints: 'Hints',
  limits: 'Limits',
  checking: 'Output checking',
  callable: 'Signature',
  starters: 'Starter code',
  solutions: 'Solutions',
  validator: 'Custom validator',
};

/** What publishing changes against the published version, then Publish. */
export function PublishDialog({
  draft,
  onClose,
  onPublished,
}: {
  draft: ProblemDraftDto;
  onClose: () => void;
  onPublished: (result: PublishResultDto) => void;
}) {
  const changes = useQuery({
    queryKey: ['admin', 'draft', draft.id, 'changes', draft.contentHash, draft.updatedAt],
    queryFn: () => authoringApi.changes(draft.id),
  });
  const publish = useMutation({ mutationFn: () => authoringApi.publish(draft.id), onSuccess: onPublished });
  const data = changes.data;
  const nothing = data && data.fields.length === 0 && data.tests.length === 0;
  return (
    <Modal opened onClose={onClose} title={`Publish ${draft.content.title}`} size="xl">
      <Stack gap="sm" data-testid="publish-dialog">
        {changes.isLoading && <Loader size="sm" aria-label="Loading the changes" />}
        {changes.isError && (
          <Alert color="red" role="alert">
            {errorMessage(changes.error)}
          </Alert>
        )}
        {data && (
          <>
            <Text size="sm" data-testid="publish-summary">
              {data.baseVersion === null
                ? 'First publish: the problem becomes visible to candidates as version 1.'
                : data.newVersion
                  ? `Judging changes: this creates version ${data.baseVersion + 1}. Past submissions keep version ${data.baseVersion} until rejudged.`
                  : `Only presentation changes: version ${data.baseVersion} is updated in place.`}
            </Text>
            {data.fields.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  Changed fields
                </Text>
                <Group gap={6}>
                  {data.fields.map((f) => (
                    <Badge key={f.field} variant="light" tt="none">
                      {FIELD_LABELS[f.field] ?? f.field}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            )}
            {data.baseVersion !== null && <TestChanges changes={data} />}
            {data.baseVersion === null && draft.tests.length > 0 && (
              <List size="sm">
                <List.Item>
                  {draft.tests.filter((t) => !t.hidden).length} samples, {draft.tests.filter((t) => t.hidden).length}{' '}
                  hidden tests
                </List.Item>
                <List.Item>{draft.content.solutions.length} solutions, all validated</List.Item>
              </List>
            )}
            {nothing && <Text c="dimmed">Nothing differs from the published version.</Text>}
          </>
        )}
        {publish.isError && (
          <Alert color="red" role="alert">
            {errorMessage(publish.error)}
          </Alert>
        )}
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="teal.9"
            onClick={() => publish.mutate()}
            loading={publish.isPending}
            disabled={!data}
            data-testid="confirm-publish"
          >
            Publish
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
