import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SCORECARD_LIMITS, type SaveScorecardTemplateRequest, type ScorecardTemplateDto } from '@tryout/contracts';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { scorecardTemplatesAdminApi as api } from '../interviews/scorecards/scorecards-api';

const L = SCORECARD_LIMITS;
const EMPTY: SaveScorecardTemplateRequest = { name: '', criteria: [{ name: '', description: '' }] };

/** /admin/scorecards: the scorecard templates interviewers pick from (create, edit, archive, restore). */
export default function AdminScorecardsPage() {
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: ['admin', 'scorecard-templates'], queryFn: api.list });
  const [editing, setEditing] = useState<{ id: string | null; value: SaveScorecardTemplateRequest } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'scorecard-templates'] });
  const archive = useMutation({
    mutationFn: (t: ScorecardTemplateDto) => (t.archivedAt ? api.restore(t.id) : api.archive(t.id)),
    onSettled: refresh,
  });

  useEffect(() => {
    document.title = 'Scorecards · Admin · Tryout';
  }, []);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Criteria are scored 1–4 plus a final recommendation. A session keeps a copy of the template it picked, so
          edits and archiving never change a filled scorecard.
        </Text>
        {!editing && (
          <Button onClick={() => setEditing({ id: null, value: EMPTY })} data-testid="new-template">
            New template
          </Button>
        )}
      </Group>
      {(templates.error || archive.error) && (
        <Alert color="red">{errorMessage(templates.error ?? archive.error)}</Alert>
      )}
      {editing && (
        <TemplateForm
          key={editing.id ?? 'new'}
          id={editing.id}
          initial={editing.value}
          onDone={() => {
            setEditing(null);
            void refresh();
          }}
        />
      )}
      {templates.data?.map((t) => (
        <Paper key={t.id} withBorder p="md" radius="md" data-testid="scorecard-template-row">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Title order={2} size="h4">
                {t.name}
              </Title>
              {t.archivedAt && <Badge color="gray">archived</Badge>}
            </Group>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing({ id: t.id, value: { name: t.name, criteria: t.criteria } })}
              >
                Edit
              </Button>
              <Button size="xs" variant="default" onClick={() => archive.mutate(t)}>
                {t.archivedAt ? 'Restore' : 'Archive'}
              </Button>
            </Group>
          </Group>
          <Stack gap={2}>
            {t.criteria.map((c) => (
              <Text key={c.name} size="sm">
                <b>{c.name}</b>
                {c.description ? ` — ${c.description}` : ''}
              </Text>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function TemplateForm({
  id,
  initial,
  onDone,
}: {
  id: string | null;
  initial: SaveScorecardTemplateRequest;
  onDone: () => void;
}) {
  const [value, setValue] = useState(initial);
  const save = useMutation({
    mutationFn: () => (id ? api.update(id, value) : api.create(value)),
    onSuccess: onDone,
  });
  const setCriterion = (i: number, patch: Partial<SaveScorecardTemplateRequest['criteria'][number]>) =>
    setValue((v) => ({ ...v, criteria: v.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  return (
    <Paper withBorder p="md" radius="md" data-testid="template-form">
      <Stack gap="sm">
        <TextInput
          label="Template name"
          maxLength={L.nameMaxLength}
          value={value.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            setValue((v) => ({ ...v, name }));
          }}
        />
        {value.criteria.map((c, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <TextInput
              label={`Criterion ${i + 1}`}
              maxLength={L.criterionNameMaxLength}
              value={c.name}
              onChange={(e) => setCriterion(i, { name: e.currentTarget.value })}
              w={220}
            />
            <Textarea
              label="What a strong answer shows"
              autosize
              minRows={1}
              maxLength={L.criterionDescriptionMaxLength}
              value={c.description}
              onChange={(e) => setCriterion(i, { description: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={`Remove criterion ${i + 1}`}
              disabled={value.criteria.length <= L.criteriaMin}
              onClick={() => setValue((v) => ({ ...v, criteria: v.criteria.filter((_, j) => j !== i) }))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
        <Group justify="space-between">
          <Button
            variant="default"
            size="xs"
            disabled={value.criteria.length >= L.criteriaMax}
            onClick={() => setValue((v) => ({ ...v, criteria: [...v.criteria, { name: '', description: '' }] }))}
          >
            Add criterion
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button loading={save.isPending} onClick={() => save.mutate()}>
              Save template
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
