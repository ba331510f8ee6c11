import { ActionIcon, Alert, Button, Group, ScrollArea, Stack, Tabs, Text, Textarea, Tooltip } from '@mantine/core';
import {
  CUSTOM_CASES_MAX,
  validateCustomInput,
  type LanguageId,
  type ProblemSampleDto,
  type SignatureDto,
  type SqlTableDto,
} from '@tryout/contracts';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { CodeEditor } from './code-editor';
import { PlainOutput } from './output-diff-view';
import { SqlResultView } from './sql/sql-examples';
import { SubmissionResult, type ResultContext, type ResultData } from './submission-result';
import { caseFields, casesAreSamples, joinCase, splitCase } from './test-case.util';

export type ConsoleTab = 'testcase' | 'result';

interface ConsolePanelProps {
  samples: ProblemSampleDto[];
  signature: SignatureDto | null;
  /** The cases Run uses, each a whole input; they start as the samples. */
  cases: string[];
  onCasesChange: (cases: string[]) => void;
  selectedCase: number;
  onSelectCase: (index: number) => void;
  /** Set when Run was refused because a case does not fit the signature. */
  runError: string | null;
  tab: ConsoleTab;
  onTabChange: (tab: ConsoleTab) => void;
  result: ResultData;
  context: ResultContext;
  onJumpToLine: (line: number) => void;
  /** SQL problems: a case is a data script, edited as SQL of the selected dialect. */
  sql?: SqlConsole;
}

export interface SqlConsole {
  tables: SqlTableDto[];
  language: LanguageId;
  /** Table → column names, for completion. */
  schema: Record<string, string[]>;
}

const FIELD_HINTS: Record<string, string> = {
  operations: 'JSON array: the class name, then one method name per call',
  arguments: "JSON array: one array of arguments per operation, the constructor's first",
  stdin: 'Standard input, exactly as your program reads it',
};

/** One case, edited per parameter (function), per line (design) or as a whole (stdio). */
function CaseEditor({
  signature,
  value,
  onChange,
}: {
  signature: SignatureDto | null;
  value: string;
  onChange: (value: string) => void;
}) {
  const fields = caseFields(signature);
  const parts = splitCase(signature, value);
  return (
    <Stack gap="xs" data-testid="case-editor">
      {fields.map((f, i) => (
        <Textarea
          key={f.name}
          label={signature ? `${f.name} =` : 'Input'}
          description={FIELD_HINTS[f.type] ?? FIELD_HINTS[f.name] ?? f.type}
          autosize
          minRows={signature ? 1 : 4}
          maxRows={signature ? 6 : 14}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={parts[i] ?? ''}
          onChange={(e) => {
            const next = [...parts];
            next[i] = e.currentTarget.value;
            onChange(joinCase(signature, next));
          }}
          data-testid={`case-field-${f.name}`}
        />
      ))}
    </Stack>
  );
}

/** LeetCode's bottom console: editable test cases (several, per parameter) and the result. */
export function ConsolePanel(props: ConsolePanelProps) {
  const { samples, signature, cases, selectedCase } = props;
  const current = cases[selectedCase] ?? '';
  const errors = useMemo(() => cases.map((c) => validateCustomInput(signature, c)), [cases, signature]);
  const pristine = casesAreSamples(cases, samples);
  const sample = pristine ? samples[selectedCase] : undefined;

  const update = (index: number, value: string) => props.onCasesChange(cases.map((c, i) => (i === index ? value : c)));
  const add = () => {
    props.onCasesChange([...cases, current]);
    props.onSelectCase(cases.length);
  };
  const remove = (index: number) => {
    props.onCasesChange(cases.filter((_, i) => i !== index));
    props.onSelectCase(Math.max(0, Math.min(selectedCase, cases.length - 2)));
  };

  return (
    <Tabs
      value={props.tab}
      onChange={(v) => props.onTabChange((v as ConsoleTab) ?? 'testcase')}
      keepMounted={false}
      style={{ display: 'flex', flexDirection: 'column', height: '100%' }}
    >
      <Tabs.List>
        <Tabs.Tab value="testcase" data-testid="testcase-tab">
          Testcase
        </Tabs.Tab>
        <Tabs.Tab value="result" data-testid="result-tab">
          Test Result
        </Tabs.Tab>
      </Tabs.List>
      <ScrollArea
        style={{ flex: 1 }}
        type="auto"
        offsetScrollbars
        viewportProps={{ tabIndex: 0, 'aria-label': 'Console' }}
      >
        <Tabs.Panel value="testcase" p="sm">
          <Stack gap="sm">
            <Group gap={4} role="group" aria-label="Test cases to run">
              {cases.map((_, i) => (
                <Group key={i} gap={0} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant={selectedCase === i ? 'filled' : 'subtle'}
                    color={errors[i] ? 'red' : selectedCase === i ? undefined : 'gray'}
                    aria-pressed={selectedCase === i}
                    onClick={() => props.onSelectCase(i)}
                    data-testid="case-chip"
                  >
                    Case {i + 1}
                  </Button>
                  {cases.length > 1 && (
                    <Tooltip label={`Remove case ${i + 1}`}>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove case ${i + 1}`}
                        onClick={() => remove(i)}
                        data-testid="remove-case"
                      >
                        <IconX size={12} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              ))}
              {cases.length < CUSTOM_CASES_MAX && (
                <Tooltip label="Add a case (a copy of the selected one)">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label="Add a case"
                    onClick={add}
                    data-testid="add-case"
                  >
                    <IconPlus size={14} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
              {!pristine && samples.length > 0 && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  ml="auto"
                  onClick={() => {
                    props.onCasesChange(samples.map((s) => s.input));
                    props.onSelectCase(0);
                  }}
                  data-testid="reset-cases"
                >
                  Reset to the examples
                </Button>
              )}
            </Group>
            {props.runError && (
              <Alert color="red" variant="light" role="alert" data-testid="run-error" p="xs">
                {props.runError}
              </Alert>
            )}
            {props.sql ? (
              <Stack gap={4} data-testid="case-editor">
                <Text size="sm" fw={500}>
                  Data script
                </Text>
                <Text size="xs" c="dimmed">
                  INSERT statements run on the empty tables before your query
                </Text>
                <CodeEditor
                  key={selectedCase}
                  value={current}
                  language={props.sql.language}
                  sqlSchema={props.sql.schema}
                  onChange={(v) => update(selectedCase, v)}
                  label="Data script: INSERT statements"
                  height="auto"
                  minHeight="120px"
                  testId="sql-data-editor"
                />
              </Stack>
            ) : (
              <CaseEditor
                key={selectedCase}
                signature={signature}
                value={current}
                onChange={(v) => update(selectedCase, v)}
              />
            )}
            {errors[selectedCase] && (
              <Text size="sm" c="red" data-testid="case-error">
                {errors[selectedCase]}
              </Text>
            )}
            {sample &&
              (props.sql ? (
                <SqlResultView label="Expected result" text={sample.output} testId="case-expected" />
              ) : (
                <PlainOutput label="Expected output" text={sample.output} />
              ))}
            <Text size="xs" c="dimmed">
              {pristine
                ? 'Run checks your code against these examples and their expected answers; Submit against every test.'
                : "Edited cases run as your own input: Run shows what your code returns and prints, and the reference solution's answer where there is one."}
            </Text>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="result" p="sm">
          <SubmissionResult data={props.result} onJumpToLine={props.onJumpToLine} context={props.context} />
        </Tabs.Panel>
      </ScrollArea>
    </Tabs>
  );
}
