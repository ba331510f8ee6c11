import { describe, expect, it } from 'vitest';
import {
  checkDraftContent,
  comparePackageTestNames,
  draftContentHash,
  draftToPackage,
  emptyDraftContent,
  orderedTests,
  renumberedNames,
} from './draft-package.mapper';

const ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const TESTS = [
  { name: 'b', hidden: true, input: '2\n', answer: '2\n', validatorFlags: null },
  { name: '1', hidden: false, input: '1\n', answer: '1\n', validatorFlags: null },
  { name: 'a', hidden: true, input: '3\n', answer: '3\n', validatorFlags: null },
];

describe('draft packages', () => {
  it('judges samples first, then hidden tests in the order the package loader reads names', () => {
    expect(orderedTests(TESTS).map((t) => t.name)).toEqual(['1', 'a', 'b']);
    // Files sort as `a-b.in` < `a.in` and folders by their own names.
    expect(['a', 'a-b', 'g/1', 'f'].sort(comparePackageTestNames)).toEqual(['a-b', 'a', 'f', 'g/1']);
  });

  it('renumbers names to keep a wanted order', () => {
    expect(renumberedNames(['big', '07', '01-old', 'x'])).toEqual(['01-big', '02', '03-old', '04-x']);
  });

  it('hashes what judging depends on: a statement edit keeps the hash, a test or solution edit changes it', () => {
    const content = {
      ...emptyDraftContent('sum', 'Sum', 'stdio'),
      solutions: [
        { path: 'accepted/a.py', language: 'python' as const, expected: ['accepted' as const], source: 'print(1)' },
      ],
    };
    const hash = draftContentHash(draftToPackage(ID, content, TESTS));
    expect(draftContentHash(draftToPackage(ID, { ...content, statement: 'New words', title: 'Other' }, TESTS))).toBe(
      hash,
    );
    expect(draftContentHash(draftToPackage(ID, content, [{ ...TESTS[0], answer: '3\n' }, ...TESTS.slice(1)]))).not.toBe(
      hash,
    );
    const otherSource = { ...content, solutions: [{ ...content.solutions[0], source: 'print(2)' }] };
    expect(draftContentHash(draftToPackage(ID, otherSource, TESTS))).not.toBe(hash);
  });

  it('names the fields the judge could not work with', () => {
    const content = {
      ...emptyDraftContent('Bad Slug', 'T', 'function'),
      tags: ['nope'],
      callable: {
        kind: 'function' as const,
        name: 'f',
        params: [{ name: 'x', type: 'integer' }],
        returns: 'int',
        compare: 'fuzzy',
      },
      solutions: [
        { path: 'wrong_answer/a.py', language: 'python' as const, expected: ['accepted' as const], source: '' },
      ],
    };
    expect(
      checkDraftContent(content)
        .map((d) => d.field)
        .sort(),
    ).toEqual(['callable.compare', 'callable.params[0].type', 'slug', 'solutions[0].expected', 'tags']);
    expect(checkDraftContent(emptyDraftContent('ok', 'Ok', 'function'))).toEqual([]);
  });

  it('refuses duplicate parameter and method names, which the harnesses bind by name', () => {
    const fn = {
      ...emptyDraftContent('dup', 'Dup', 'function'),
      callable: {
        kind: 'function' as const,
        name: 'f',
        params: [
          { name: 'x', type: 'int' },
          { name: 'x', type: 'int' },
        ],
        returns: 'int',
        compare: 'exact',
      },
    };
    expect(checkDraftContent(fn)).toEqual([
      { field: 'callable.params[1].name', errors: ['duplicate parameter name "x"'] },
    ]);
    const cls = {
      ...emptyDraftContent('dup', 'Dup', 'function'),
      callable: {
        kind: 'class' as const,
        name: 'C',
        constructorParams: [],
        methods: [
          { name: 'get', params: [], returns: 'int' },
          { name: 'get', params: [{ name: 'k', type: 'int' }], returns: 'int' },
        ],
        compare: 'exact',
      },
    };
    expect(checkDraftContent(cls).map((d) => d.field)).toEqual(['callable.methods[1].name']);
  });

  it('keeps custom checking to stdio problems', () => {
    const content = { ...emptyDraftContent('f', 'F', 'function'), checking: { kind: 'custom' as const, flags: [] } };
    expect(checkDraftContent(content).map((d) => d.field)).toEqual(['checking.kind']);
  });
});
