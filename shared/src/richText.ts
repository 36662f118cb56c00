import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';

/**
 * Rich text for the report's own texts (background, activities, theme and question texts, good practices, the
 * closing view): a small, safe subset of Markdown parsed into a small block model that every format renders
 * natively (React elements, Word lists and runs, tagged PDF, Markdown). Nothing in it is ever markup: there is no
 * HTML, no heading, no code, no image; a link is kept as its text followed by its address.
 *
 * Parsed with markdown-it (a CommonMark parser) in its "zero" preset with only paragraphs, lists, emphasis,
 * links, backslash escapes and line breaks turned on, so every other construct stays literal text.
 */

/** A piece of text with its emphasis. `\n` in `text` is a line break. */
export interface RichSpan {
  text: string;
  bold?: true;
  italic?: true;
}

export type RichBlock =
  | { kind: 'paragraph'; spans: RichSpan[] }
  /** `start` is the first number of an ordered list (1 unless the writer chose another). */
  | { kind: 'list'; ordered: boolean; start: number; items: RichBlock[][] };

let parser: MarkdownIt | undefined;
const markdown = (): MarkdownIt => {
  parser ??= markdownIt('zero', { breaks: true, html: false, linkify: false }).enable([
    'list',
    'emphasis',
    'link',
    'escape',
    'newline',
  ]);
  return parser;
};

/** An inline token stream as spans: adjacent text of the same emphasis joined into one span. */
function spansOf(children: Token[]): RichSpan[] {
  const spans: RichSpan[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | null = null;
  let linkText = '';
  const push = (text: string) => {
    if (text === '') return;
    const last = spans.at(-1);
    const isBold = bold > 0;
    const isItalic = italic > 0;
    if (last && !!last.bold === isBold && !!last.italic === isItalic) {
      last.text += text;
      return;
    }
    const span: RichSpan = { text };
    if (isBold) span.bold = true;
    if (isItalic) span.italic = true;
    spans.push(span);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        if (href !== null) linkText += token.content;
        push(token.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        href = markdown().normalizeLinkText(String(token.attrGet('href') ?? ''));
        linkText = '';
        break;
      case 'link_close':
        // A link is shown as its text and its address, so it reads the same on paper.
        if (href && href !== linkText.trim()) push(linkText.trim() ? ` (${href})` : href);
        href = null;
        break;
      default:
        push(token.content);
    }
  }
  // Line breaks at a paragraph's ends carry nothing.
  const first = spans[0];
  if (first) first.text = first.text.replace(/^\n+/, '');
  const last = spans.at(-1);
  if (last) last.text = last.text.replace(/\n+$/, '');
  return spans.filter((span) => span.text !== '');
}

/** A paragraph's lines as paragraphs of their own, each line's spans kept. */
function splitLines(spans: RichSpan[]): RichBlock[] {
  const paragraphs: RichSpan[][] = [[]];
  for (const span of spans) {
    span.text.split('\n').forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part !== '') paragraphs.at(-1)!.push({ ...span, text: part });
    });
  }
  return paragraphs.filter((p) => p.length > 0).map((p) => ({ kind: 'paragraph', spans: p }));
}

/**
 * Parses a writer's text into blocks; an empty or blank text gives no blocks. Outside lists each line is a
 * paragraph of its own, as people type in a text area (three lines of a closing view are three paragraphs);
 * inside a list item a line break stays a line break.
 */
export function parseRichText(source: string): RichBlock[] {
  const text = source.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return [];
  const tokens = markdown().parse(text, {});
  const root: RichBlock[] = [];
  // The blocks being filled: the document, then each open list item.
  const stack: RichBlock[][] = [root];
  const lists: Extract<RichBlock, { kind: 'list' }>[] = [];
  for (const token of tokens) {
    const into = stack.at(-1)!;
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list: Extract<RichBlock, { kind: 'list' }> = {
          kind: 'list',
          ordered: token.type === 'ordered_list_open',
          start: Number(token.attrGet('start') ?? 1),
          items: [],
        };
        into.push(list);
        lists.push(list);
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const item: RichBlock[] = [];
        lists.at(-1)!.items.push(item);
        stack.push(item);
        break;
      }
      case 'list_item_close':
        stack.pop();
        break;
      case 'inline': {
        const spans = spansOf(token.children ?? []);
        if (spans.length === 0) break;
        if (stack.length === 1) into.push(...splitLines(spans));
        else into.push({ kind: 'paragraph', spans });
        break;
      }
      default:
      // paragraph_open/close: the inline token between them makes the paragraph.
    }
  }
  return root;
}

/** The text without its emphasis, paragraphs separated by blank lines (for measuring and searching). */
export function richPlainText(blocks: RichBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.spans.map((span) => span.text).join('')
        : block.items.map((item) => richPlainText(item)).join('\n'),
    )
    .join('\n\n');
}
