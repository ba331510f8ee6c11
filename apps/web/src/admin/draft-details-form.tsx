import { Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DIFFICULTIES, type Difficulty, type DraftContentDto, type ProblemType } from '@tryout/contracts';
import { api } from '../api/endpoints';

/** Default-validator flags (Kattis); free text is accepted for their numeric arguments. */
const VALIDATOR_FLAGS = [
  'case_sensitive',
  'space_change_sensitive',
  'float_relative_tolerance',
  'float_absolute_tolerance',
  'float_tolerance',
];

type Patch = (patch: Partial<DraftContentDto>) => void;

/** Metadata, limits and output checking of a draft. */
export function DraftDetailsForm({ content, onChange }: { content: DraftContentDto; onChange: Patch }) {
  const tags = useQuery({ queryKey: ['tags'], queryFn: api.tags, staleTime: 5 * 60_000 });
  const limits = content.limits;
  const setLimits = (patch: Partial<DraftContentDto['limits']>) => onChange({ limits: { ...limits, ...patch } });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Title" value={content.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
        <TextInput
          label="Slug"
          description="Changing it changes the problem's address"
          value={content.slug}
          onChange={(e) => onChange({ slug: e.currentTarget.value })}
        />
        <Select
          label="Type"
          allowDeselect={false}
          data={[
            { value: 'function', label: 'Function or class' },
            { value: 'stdio', label: 'Standard input and output' },
          ]}
          value={content.type}
          onChange={(v) => v && onChange({ type: v as ProblemType })}
        />
        <Select
          label="Difficulty"
          allowDeselect={false}
          data={DIFFICULTIES.map((d) => ({ value: d, label: d }))}
          value={content.difficulty}
          onChange={(v) => v && onChange({ difficulty: v as Difficulty })}
        />
        <TagsInput
          label="Tags"
          data={tags.data?.map((t) => t.tag) ?? []}
          value={content.tags}
          onChange={(value) => onChange({ tags: value })}
          clearable
        />
        <TextInput
          label="Source"
          placeholder="Tryout"
          value={content.source ?? ''}
          onChange={(e) => onChange({ source: e.currentTarget.value || null })}
        />
      </SimpleGrid>
      <Fieldset legend="Limits (per test, before language multipliers)">
        <SimpleGrid cols={{ base: 1, sm: 3, md: 5 }}>
          <NumberInput
            label="Time limit (ms)"
            description="Empty: derived by Validate"
            min={1}
            allowDecimal={false}
            value={limits.timeLimitMs ?? ''}
            onChange={(v) => setLimits({ timeLimitMs: typeof v === 'number' ? v : null })}
          />
          <NumberInput
            label="Memory (MiB)"
            min={1}
            allowDecimal={false}
            value={limits.memoryMb}
            onChange={(v) => typeof v === 'number' && setLimits({ memoryMb: v })}
          />
          <NumberInput
            label="Output (MiB)"
            min={1}
            allowDecimal={false}
            value={limits.outputMb}
            onChange={(v) => typeof v === 'number' && setLimits({ outputMb: v })}
          />
          <NumberInput
            label="Time multiplier"
            description="Derived limit = slowest × this"
            min={1}
            step={0.5}
            value={limits.timeMultiplier}
            onChange={(v) => typeof v === 'number' && setLimits({ timeMultiplier: v })}
          />
          <NumberInput
            label="Safety margin"
            description="Slow solutions judged at limit × this"
            min={1}
            step={0.1}
            value={limits.timeSafetyMargin}
            onChange={(v) => typeof v === 'number' && setLimits({ timeSafetyMargin: v })}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Output checking">
        <Group align="end" wrap="wrap">
          <Select
            label="Checker"
            allowDeselect={false}
            w={260}
            data={[
              { value: 'default', label: 'Default validator (tokens)' },
              { value: 'custom', label: 'Custom validator (Kattis protocol)' },
            ]}
            value={content.checking.kind}
            onChange={(v) => v && onChange({ checking: { ...content.checking, kind: v as 'default' | 'custom' } })}
          />
          <TagsInput
            label="Validator flags"
            w={420}
            data={VALIDATOR_FLAGS}
            value={content.checking.flags}
            onChange={(flags) => onChange({ checking: { ...content.checking, flags } })}
          />
        </Group>
      </Fieldset>
    </Stack>
  );
}
