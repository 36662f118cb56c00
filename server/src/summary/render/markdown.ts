import type { RichBlock, RichSpan } from '@aquarium/shared/richText';
import { footerLines, type Block, type DocumentFrame, type BulletItem } from './blocks.js';

/**
 * Escapes plain text so that a CommonMark (and GFM) renderer shows exactly these characters, with a backslash
 * only where the character could start or end syntax: always before `\ ` * [ ] ~ |`, before `_` at a word's
 * edge, `<` before a tag or autolink, `&` before an entity; at a line's start before a heading, quote, list
 * marker or break (`# > + - =` and `1.`); where a GFM viewer would make a typed address a link (`://`, `www.`,
 * `a@b.c`); a heading's closing `#`s in `heading`. Everything else stays readable
 * ("OSMO-hanke palveluna.").
 */
export function escapeMarkdownLine(text: string): string {
  return (
    text
      .replace(/[\\`*[\]~|]/g, '\\$&')
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      .replace(/^(\s*)([#>+\-=])/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2')
      // GFM viewers turn addresses into links: an address someone typed stays text.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/(?<=[\w.+-])@(?=[\w-]+\.)/g, '\\@')
      .replace(/\t/g, ' ')
  );
}

/** Multi-line text: each line escaped, leading/trailing spaces dropped (they would make code blocks or breaks), `\` hard breaks. */
function escapeMarkdown(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => escapeMarkdownLine(line.trim()))
    .join(`\\\n${indent}`);
}

function bullet(item: BulletItem): string {
  const meta = item.meta ? ` *${escapeMarkdownLine(item.meta)}*` : '';
  return `- ${escapeMarkdown(item.text, '  ')}${meta}`;
}

/**
 * Emphasis markers go around the text, its outer spaces outside them (a `** x**` would not be bold). A plain span
 * keeps its outer spaces too: "Hankkeen " before a bold word is not glued to it.
 */
function span(part: RichSpan, indent: string): string {
  const marker = `${part.bold ? '**' : ''}${part.italic ? '*' : ''}`;
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? [];
  if (!core) return escapeMarkdown(part.text, indent);
  return `${before.replace(/\n/g, ' ')}${marker}${escapeMarkdown(core, indent)}${marker}${after.replace(/\n/g, ' ')}`;
}

/** A writer's rich text back as Markdown: paragraphs, emphasis and lists, nested items indented under their marker. */
export function richMarkdown(blocks: RichBlock[], indent = ''): string {
  return blocks
    .map((block, i) => {
      const gap = i === 0 ? '' : block.kind === 'list' && blocks[i - 1]?.kind === 'paragraph' && indent ? '\n' : '\n\n';
      const prefix = i === 0 ? '' : `${gap}${indent}`;
      if (block.kind === 'paragraph') return `${prefix}${block.spans.map((part) => span(part, indent)).join('')}`;
      const items = block.items.map((item, n) => {
        const marker = block.ordered ? `${block.start + n}. ` : '- ';
        const inner = indent + ' '.repeat(marker.length);
        return `${n === 0 ? '' : `\n${indent}`}${marker}${richMarkdown(item, inner)}`;
      });
      return `${prefix}${items.join('')}`;
    })
    .join('');
}

function table(block: Extract<Block, { kind: 'table' }>): string {
  const row = (cells: string[]): string => `| ${cells.map((cell) => escapeMarkdownLine(cell)).join(' | ')} |`;
  const rule = `| ${block.numeric.map((numeric) => (numeric ? '---:' : '---')).join(' | ')} |`;
  return [row(block.header), rule, ...block.rows.map(row)].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      // A heading's own trailing `#`s would be read as its closing sequence.
      return `${'#'.repeat(block.level)} ${escapeMarkdownLine(block.text).replace(/(^|\s)#(?=#*\s*$)/, '$1\\#')}`;
    case 'paragraph':
      return block.tone === 'meta' ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text);
    case 'bullets': {
      const list = block.items.map(bullet).join('\n');
      return block.label ? `**${escapeMarkdownLine(block.label)}**\n\n${list}` : list;
    }
    case 'table':
      return table(block);
    case 'outline': {
      // CommonMark nests a list item under the previous one when indented to its content (2 spaces after `- `).
      const list = block.items
        .map(
          (item) =>
            `${'  '.repeat(item.depth)}${bullet(item).replace(/\\\n {2}/g, `\\\n${'  '.repeat(item.depth + 1)}`)}`,
        )
        .join('\n');
      return block.label ? `**${escapeMarkdownLine(block.label)}**\n\n${list}` : list;
    }
    case 'rich':
      return richMarkdown(block.blocks);
  }
}

/** The summary as Markdown; every text shows literally when the Markdown is rendered. */
export function renderMarkdown(doc: DocumentFrame, blocks: Block[]): string {
  const parts = blocks.map(renderBlock);
  // The organisation's footer and the funding mark's words at the end, after a rule.
  const footer = footerLines(doc);
  if (doc.fundingMark?.alt) footer.push(doc.fundingMark.alt);
  if (footer.length > 0) parts.push('---', footer.map(escapeMarkdownLine).join('\\\n'));
  return `${parts.join('\n\n')}\n`;
}
