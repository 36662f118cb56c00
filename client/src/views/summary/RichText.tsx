import { parseRichText, type RichBlock, type RichSpan } from '@aquarium/shared/richText';
import { Fragment, useMemo } from 'react';

/** A span with its line breaks; React escapes the text, so nothing in it is ever markup. */
const Span = ({ span }: { span: RichSpan }) => {
  const lines = span.text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
  if (span.bold && span.italic) {
    return (
      <strong>
        <em>{lines}</em>
      </strong>
    );
  }
  if (span.bold) return <strong>{lines}</strong>;
  if (span.italic) return <em>{lines}</em>;
  return <>{lines}</>;
};

const Blocks = ({ blocks }: { blocks: RichBlock[] }) => (
  <>
    {blocks.map((block, i) => {
      if (block.kind === 'paragraph') {
        return (
          <p key={i}>
            {block.spans.map((span, j) => (
              <Span key={j} span={span} />
            ))}
          </p>
        );
      }
      const items = block.items.map((item, j) => (
        <li key={j}>
          <Blocks blocks={item} />
        </li>
      ));
      return block.ordered ? (
        <ol key={i} start={block.start} className="rich">
          {items}
        </ol>
      ) : (
        <ul key={i} className="rich">
          {items}
        </ul>
      );
    })}
  </>
);

/** The facilitator's rich text (the small Markdown subset) as React elements, as every download shows it. */
export const RichText = ({ text }: { text: string }) => {
  const blocks = useMemo(() => parseRichText(text), [text]);
  return blocks.length > 0 ? (
    <div className="preview__text rich-text">
      <Blocks blocks={blocks} />
    </div>
  ) : null;
};
