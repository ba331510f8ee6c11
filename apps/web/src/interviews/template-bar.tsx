import { Alert, Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  INTERVIEW_TEMPLATE_LIMITS,
  type InterviewTemplateDto,
  type SaveInterviewTemplateRequest,
} from '@tryout/contracts';
import { useState } from 'react';
import { errorMessage } from '../api/api-error';
import { templatesApi } from './templates-api';

/**
 * Reusable interviews on the New interview form: pick a template to fill the problems, parts, duration
 * and languages; save the form's choice as a new template, update the picked one or delete it.
 */
export function TemplateBar({
  current,
  onLoad,
}: {
  current: Omit<SaveInterviewTemplateRequest, 'name'>;
  onLoad: (template: InterviewTemplateDto) => void;
}) {
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: ['interview-templates'], queryFn: templatesApi.list });
  const [picked, setPicked] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<InterviewTemplateDto | void>) => {
    setBusy(true);
    setError(null);
    action().then(
      (saved) => {
        setBusy(false);
        if (saved) setPicked(saved.id);
        void queryClient.invalidateQueries({ queryKey: ['interview-templates'] });
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorMessage(err));
      },
    );
  };
  const pick = (id: string | null) => {
    setPicked(id);
    const t = templates.data?.find((x) => x.id === id);
    if (t) {
      setName(t.name);
      onLoad(t);
    }
  };
  const body = { ...current, name: name.trim() };

  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <Group align="flex-end" grow>
          <Select
            label="Start from a template"
            placeholder={templates.data?.length ? 'Pick one' : 'No templates yet'}
            clearable
            data={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={picked}
            onChange={pick}
            data-testid="template-picker"
          />
          <TextInput
            label="Template name"
            maxLength={INTERVIEW_TEMPLATE_LIMITS.nameMaxLength}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </Group>
        <Group gap="xs" justify="flex-end">
          <Button
            size="xs"
            variant="default"
            loading={busy}
            disabled={!body.name}
            onClick={() => run(() => templatesApi.create(body))}
          >
            Save as new template
          </Button>
          {picked && (
            <>
              <Button
                size="xs"
                variant="default"
                loading={busy}
                disabled={!body.name}
                onClick={() => run(() => templatesApi.update(picked, body))}
              >
                Update template
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={busy}
                onClick={() =>
                  run(async () => {
                    await templatesApi.remove(picked);
                    setPicked(null);
                  })
                }
              >
                Delete template
              </Button>
            </>
          )}
        </Group>
        {error && <Alert color="red">{error}</Alert>}
      </Stack>
    </Paper>
  );
}
