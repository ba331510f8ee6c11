import { describe, expect, it } from 'vitest';
import { statementHasExamples, stripLeadingTitle } from './statement.util';

describe('stripLeadingTitle', () => {
  it('drops a heading that repeats the title', () => {
    expect(stripLeadingTitle('# Two Sum\n\nFind two.\n', 'Two Sum')).toBe('Find two.\n');
    expect(stripLeadingTitle('\n#  two sum  \nFind two.', 'Two Sum')).toBe('Find two.');
  });

  it('keeps other headings and text', () => {
    expect(stripLeadingTitle('# Story\nText', 'Two Sum')).toBe('# Story\nText');
    expect(stripLeadingTitle('Text first\n# Two Sum', 'Two Sum')).toBe('Text first\n# Two Sum');
  });
});

describe('statementHasExamples', () => {
  it('spots written examples', () => {
    expect(statementHasExamples('Intro\n\n## Examples\n\n...')).toBe(true);
    expect(statementHasExamples('**Example 1**\n```')).toBe(true);
    expect(statementHasExamples('### Sample Input\n1')).toBe(true);
    expect(statementHasExamples('Just a statement with an example word.')).toBe(false);
  });
});
