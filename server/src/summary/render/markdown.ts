import type { SummaryDocument } from '@aquarium/shared';
import { toBlocks, type Block, type BulletItem } from './blocks.js';

/**
 * Escapes plain text so that a CommonMark/GFM renderer shows exactly these characters. Every ASCII
 * punctuation character may be backslash-escaped in CommonMark; we escape all that can start or end
 * syntax (emphasis, links, autolinks, HTML, entities, headings, lists, tables, setext underlines),
 * and keep `, ; ? " ' / % $` readable. `:` is escaped only before `//` (breaks GFM URL autolinks).
 */
export function escapeMarkdownLine(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>&~=@^]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\t/g, ' ');
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

function table(block: Extract<Block, { kind: 'table' }>): string {
  const row = (cells: string[]): string => `| ${cells.map((cell) => escapeMarkdownLine(cell)).join(' | ')} |`;
  const rule = `| ${block.numeric.map((numeric) => (numeric ? '---:' : '---')).join(' | ')} |`;
  return [row(block.header), rule, ...block.rows.map(row)].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdownLine(block.text)}`;
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
  }
}

/** The summary as Markdown; every text shows literally when the Markdown is rendered. */
export function renderMarkdown(doc: SummaryDocument): string {
  return `${toBlocks(doc).map(renderBlock).join('\n\n')}\n`;
}
