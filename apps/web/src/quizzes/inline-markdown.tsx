import Markdown from 'react-markdown';

// Choice labels sit inside <label>: phrasing content only, so paragraphs unwrap and nothing
// but code and emphasis is kept.
const INLINE = ['code', 'strong', 'em'];

export function InlineMarkdown({ markdown }: { markdown: string }) {
  return (
    <Markdown allowedElements={INLINE} unwrapDisallowed>
      {markdown}
    </Markdown>
  );
}
