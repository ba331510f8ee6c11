import { Accordion, Code, Group, List, Stack, Text } from '@mantine/core';
import type { ProblemSampleDto, SignatureDto } from '@tryout/contracts';
import { IconHelpCircle } from '@tabler/icons-react';
import { DesignCalls } from './input-view';
import { firstTreeValue, levelOrderTree } from './test-case.util';
import { TreePicture } from './tree-picture';

function paramTypes(signature: SignatureDto): string[] {
  return signature.kind === 'function'
    ? signature.params.map((p) => p.type)
    : [...signature.constructorParams, ...signature.methods.flatMap((m) => m.params)].map((p) => p.type);
}

/**
 * "How input works": the test-case format of a function or design problem, with the special
 * encodings (TreeNode level order, ListNode arrays) explained on this problem's own samples.
 */
export function InputFormatHelp({
  signature,
  samples,
}: {
  signature: SignatureDto | null;
  samples: ProblemSampleDto[];
}) {
  if (!signature) return null;
  const types = paramTypes(signature);
  const hasTree = types.includes('TreeNode');
  const hasList = types.includes('ListNode');
  const treeSample = samples.map((s) => firstTreeValue(signature, s.input)).find((v) => v && v.length > 0);
  const tree = treeSample ? levelOrderTree(treeSample) : null;
  return (
    <Accordion variant="contained" data-testid="input-help">
      <Accordion.Item value="input">
        <Accordion.Control icon={<IconHelpCircle size={16} aria-hidden />}>How input works</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            {signature.kind === 'function' ? (
              <Text size="sm">
                A test case is one JSON value per parameter, one per line, in this order:{' '}
                {signature.params.map((p, i) => (
                  <span key={p.name}>
                    {i > 0 ? ', ' : ''}
                    <Code>{p.name}</Code> ({p.type})
                  </span>
                ))}
                . Your code receives them as arguments; what it returns is compared with the expected answer.
              </Text>
            ) : (
              <Stack gap={6}>
                <Text size="sm">
                  A design problem&apos;s test case has two lines. Line 1 lists the operations: the class name first
                  (that call constructs the object), then one method name per call. Line 2 lists each operation&apos;s
                  arguments as an array, in the same order. The answer is the list of what each call returns (
                  <Code>null</Code> for the constructor and <Code>void</Code> methods).
                </Text>
                {samples[0] && (
                  <>
                    <Text size="sm">Example 1 as calls:</Text>
                    <DesignCalls signature={signature} input={samples[0].input} output={samples[0].output} />
                  </>
                )}
              </Stack>
            )}
            {hasTree && (
              <Stack gap={6}>
                <Text size="sm">
                  <Code>TreeNode</Code> is written in level order, as on LeetCode: the root, then each level from left
                  to right, with <Code>null</Code> where a child is missing. Children of a missing node are not listed,
                  and trailing nulls may be left out. <Code>[]</Code> is an empty tree.
                </Text>
                {tree && treeSample && (
                  <Group gap="md" align="center">
                    <Code>{JSON.stringify(treeSample)}</Code>
                    <TreePicture root={tree} label={`The tree ${JSON.stringify(treeSample)}`} />
                  </Group>
                )}
              </Stack>
            )}
            {hasList && (
              <Text size="sm">
                <Code>ListNode</Code> is written as the array of its values from head to tail: <Code>[1,2,3]</Code> is 1
                → 2 → 3, and <Code>[]</Code> is an empty list (<Code>null</Code>).
              </Text>
            )}
            <List size="sm" spacing={2}>
              <List.Item>
                Numbers, <Code>true</Code>/<Code>false</Code>, strings in double quotes, arrays in brackets:{' '}
                <Code>[[1,2],[3]]</Code> is an <Code>int[][]</Code>.
              </List.Item>
              <List.Item>
                In the console, <em>Testcase</em> lets you edit each parameter, add cases (up to 10) and remove them;
                Run then shows what your code returned and printed.
              </List.Item>
            </List>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
