import { describe, expect, it } from 'vitest';
import { renderCatalogReadme, type CatalogEntry } from './catalog-readme.util';

const entries: CatalogEntry[] = [
  { slug: 'lru-cache', name: 'LRU Cache', difficulty: 'medium', type: 'function', tags: ['design', 'caching'] },
  { slug: 'two-sum', name: 'Two Sum', difficulty: 'easy', type: 'function', tags: ['arrays', 'hashing'] },
  { slug: 'sum', name: 'Sum | All', difficulty: 'easy', type: 'stdio', tags: ['math'] },
];

describe('renderCatalogReadme', () => {
  it('lists the catalog by difficulty and by topic with totals', () => {
    const md = renderCatalogReadme(entries);
    expect(md).toContain('3 problems: 2 easy (67%), 1 medium (33%), 0 hard (0%); 2 function, 1 stdin/stdout, 0 SQL.');
    expect(md).toContain(
      '### Easy (2)\n\n| Problem | Type | Topics |\n|---|---|---|\n| [Sum \\| All](sum/) | stdio | math |\n| [Two Sum](two-sum/) | function | arrays, hashing |',
    );
    expect(md).not.toContain('### Hard');
    // Topics follow the known tag order.
    expect(md.indexOf('### arrays (1)')).toBeLessThan(md.indexOf('### design (1)'));
    expect(md).toContain('### caching (1)\n\n- [LRU Cache](lru-cache/) — medium');
    expect(md.endsWith('\n')).toBe(true);
  });
  it('is deterministic whatever the input order', () => {
    expect(renderCatalogReadme([...entries].reverse())).toBe(renderCatalogReadme(entries));
  });
  it('lists the curated lists in their order before the tables', () => {
    const md = renderCatalogReadme(entries, [
      {
        slug: 'starter',
        file: 'lists/starter.yaml',
        title: 'Starter',
        description: 'First steps.',
        problems: ['two-sum', 'lru-cache'],
      },
    ]);
    expect(md).toContain(
      '### Starter (2)\n\nFirst steps.\n\n1. [Two Sum](two-sum/) — easy\n2. [LRU Cache](lru-cache/) — medium',
    );
    expect(md.indexOf('## Curated lists')).toBeLessThan(md.indexOf('## By difficulty'));
    expect(renderCatalogReadme(entries)).not.toContain('## Curated lists');
  });
});
