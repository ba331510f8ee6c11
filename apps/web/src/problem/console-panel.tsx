import { Button, Group, ScrollArea, Stack, Tabs, Text, Textarea } from '@mantine/core';
import type { ProblemSampleDto } from '@tryout/contracts';
import { PlainOutput } from './output-diff-view';
import { SubmissionResult, type ResultData } from './submission-result';

export type ConsoleTab = 'testcase' | 'result';

interface ConsolePanelProps {
  samples: ProblemSampleDto[];
  /** Index of the selected sample, or 'custom'. */
  selectedCase: number | 'custom';
  onSelectCase: (value: number | 'custom') => void;
  customInput: string;
  onCustomInputChange: (value: string) => void;
  tab: ConsoleTab;
  onTabChange: (tab: ConsoleTab) => void;
  result: ResultData;
  onJumpToLine: (line: number) => void;
}

/** LeetCode's bottom console: the test cases (samples plus an editable custom input) and the result. */
export function ConsolePanel(props: ConsolePanelProps) {
  const { samples, selectedCase, customInput } = props;
  const sample = typeof selectedCase === 'number' ? samples[selectedCase] : undefined;
  return (
    <Tabs
      value={props.tab}
      onChange={(v) => props.onTabChange((v as ConsoleTab) ?? 'testcase')}
      keepMounted={false}
      style={{ display: 'flex', flexDirection: 'column', height: '100%' }}
    >
      <Tabs.List>
        <Tabs.Tab value="testcase">Testcase</Tabs.Tab>
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
            <Group gap={6} role="group" aria-label="Test cases to run">
              {samples.map((s, i) => (
                <Button
                  key={s.name || i}
                  size="compact-sm"
                  variant={selectedCase === i ? 'filled' : 'subtle'}
                  color={selectedCase === i ? undefined : 'gray'}
                  aria-pressed={selectedCase === i}
                  onClick={() => props.onSelectCase(i)}
                >
                  Case {i + 1}
                </Button>
              ))}
              <Button
                size="compact-sm"
                variant={selectedCase === 'custom' ? 'filled' : 'subtle'}
                color={selectedCase === 'custom' ? undefined : 'gray'}
                aria-pressed={selectedCase === 'custom'}
                onClick={() => props.onSelectCase('custom')}
                data-testid="custom-case"
              >
                Custom input
              </Button>
            </Group>
            {sample && (
              <>
                <PlainOutput label="Input" text={sample.input} />
                <PlainOutput label="Expected output" text={sample.output} />
                <Text size="xs" c="dimmed">
                  Run checks your code against every sample; Submit against every test.
                </Text>
              </>
            )}
            {selectedCase === 'custom' && (
              <Textarea
                label="Custom input"
                description="Run uses only this input and shows your output."
                autosize
                minRows={4}
                maxRows={14}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                value={customInput}
                onChange={(e) => props.onCustomInputChange(e.currentTarget.value)}
                data-testid="custom-input"
              />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="result" p="sm">
          <SubmissionResult data={props.result} onJumpToLine={props.onJumpToLine} />
        </Tabs.Panel>
      </ScrollArea>
    </Tabs>
  );
}
