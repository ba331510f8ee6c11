import 'katex/dist/katex.min.css';
import './statement-markdown.css';
import { Typography } from '@mantine/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import typescript from 'highlight.js/lib/languages/typescript';
import { memo } from 'react';
import Markdown from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

// Statements are authored content but still sanitised: GitHub's schema plus the math classes
// remark-math emits. KaTeX and highlighting run after sanitising, on trusted output.
const schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.['code'] ?? []), ['className', /^language-./, 'math-inline', 'math-display']],
  },
};

const languages = { bash, c, cpp, csharp, go, java, javascript, json, plaintext, python, ruby, rust, typescript };

export const StatementMarkdown = memo(function StatementMarkdown({ markdown }: { markdown: string }) {
  return (
    <Typography className="tryout-statement">
      <Markdown
        remarkPlugins={[remarkGfm, remarkMath]}
        rehypePlugins={[
          [rehypeSanitize, schema],
          [rehypeKatex, { throwOnError: false, strict: 'ignore' }],
          [rehypeHighlight, { languages, detect: false, plainText: ['text', 'txt'] }],
        ]}
      >
        {markdown}
      </Markdown>
    </Typography>
  );
});
