import { ActionIcon, Button, Fieldset, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { AuthoringCallableDto, AuthoringParamDto } from '@tryout/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';

const TYPE_HINT = 'int, long, double, bool, string, T[], T[][], ListNode, TreeNode';

function ParamsEditor({
  params,
  onChange,
  label,
}: {
  params: AuthoringParamDto[];
  onChange: (params: AuthoringParamDto[]) => void;
  label: string;
}) {
  const set = (i: number, patch: Partial<AuthoringParamDto>) =>
    onChange(params.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Stack gap={6}>
      {params.map((p, i) => (
        <Group key={i} gap="xs" align="end" wrap="nowrap">
          <TextInput
            label={i === 0 ? 'Parameter' : undefined}
            aria-label={`${label} parameter ${i + 1} name`}
            value={p.name}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
            w={180}
          />
          <TextInput
            label={i === 0 ? 'Type' : undefined}
            aria-label={`${label} parameter ${i + 1} type`}
            value={p.type}
            placeholder="int[]"
            onChange={(e) => set(i, { type: e.currentTarget.value })}
            w={160}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove ${label} parameter ${i + 1}`}
            onClick={() => onChange(params.filter((_, j) => j !== i))}
            mb={4}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...params, { name: '', type: 'int' }])}
          aria-label={`Add ${label} parameter`}
        >
          Add parameter
        </Button>
      </Group>
    </Stack>
  );
}

/** The function signature or the class spec of a function problem (what the harness calls). */
export function CallableEditor({
  callable,
  onChange,
}: {
  callable: AuthoringCallableDto | null;
  onChange: (callable: AuthoringCallableDto) => void;
}) {
  const value: AuthoringCallableDto = callable ?? {
    kind: 'function',
    name: '',
    params: [],
    returns: 'int',
    compare: 'exact',
  };
  const switchKind = (kind: string) => {
    if (kind === value.kind) return;
    onChange(
      kind === 'class'
        ? { kind: 'class', name: '', constructorParams: [], methods: [], compare: value.compare }
        : { kind: 'function', name: '', params: [], returns: 'int', compare: value.compare },
    );
  };
  return (
    <Stack gap="sm" data-testid="callable-editor">
      <Group align="end" wrap="wrap">
        <SegmentedControl
          aria-label="Callable kind"
          value={value.kind}
          onChange={switchKind}
          data={[
            { value: 'function', label: 'Function' },
            { value: 'class', label: 'Class (design)' },
          ]}
        />
        <TextInput
          label={value.kind === 'class' ? 'Class name' : 'Function name'}
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
          w={220}
        />
        {value.kind === 'function' && (
          <TextInput
            label="Returns"
            value={value.returns}
            onChange={(e) => onChange({ ...value, returns: e.currentTarget.value })}
            w={160}
          />
        )}
        <TextInput
          label="Compare"
          description="exact, any_order, any_order_deep, float:<eps>"
          value={value.compare}
          onChange={(e) => onChange({ ...value, compare: e.currentTarget.value })}
          w={260}
        />
      </Group>
      <Text size="xs" c="dimmed">
        Types: {TYPE_HINT} (and void as a return).
      </Text>
      {value.kind === 'function' ? (
        <ParamsEditor label="function" params={value.params} onChange={(params) => onChange({ ...value, params })} />
      ) : (
        <Stack gap="sm">
          <Fieldset legend="Constructor">
            <ParamsEditor
              label="constructor"
              params={value.constructorParams}
              onChange={(constructorParams) => onChange({ ...value, constructorParams })}
            />
          </Fieldset>
          {value.methods.map((m, i) => {
            const setMethod = (patch: Partial<typeof m>) =>
              onChange({ ...value, methods: value.methods.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <Fieldset key={i} legend={`Method ${i + 1}`}>
                <Stack gap="xs">
                  <Group align="end">
                    <TextInput
                      label="Name"
                      value={m.name}
                      onChange={(e) => setMethod({ name: e.currentTarget.value })}
                    />
                    <TextInput
                      label="Returns"
                      value={m.returns}
                      onChange={(e) => setMethod({ returns: e.currentTarget.value })}
                    />
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => onChange({ ...value, methods: value.methods.filter((_, j) => j !== i) })}
                    >
                      Remove method
                    </Button>
                  </Group>
                  <ParamsEditor
                    label={`method ${i + 1}`}
                    params={m.params}
                    onChange={(params) => setMethod({ params })}
                  />
                </Stack>
              </Fieldset>
            );
          })}
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                onChange({ ...value, methods: [...value.methods, { name: '', params: [], returns: 'void' }] })
              }
            >
              Add method
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
