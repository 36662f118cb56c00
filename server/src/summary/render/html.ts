import type { RichBlock, RichSpan } from '@aquarium/shared/richText';
import { footerLines, type Block, type DocumentFrame, type BulletItem } from './blocks.js';

export { summaryCss } from './css.js';

/** Where the server serves `summaryCss` (the CSP allows only same-origin stylesheets, no inline styles). */
export const SUMMARY_CSS_PATH = '/summary.css';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Escaped text with line breaks kept as <br>. */
const lines = (text: string): string => text.split('\n').map(escapeHtml).join('<br>\n');

function bullet(item: BulletItem): string {
  const meta = item.meta ? ` <span class="meta">${escapeHtml(item.meta)}</span>` : '';
  return `<li>${lines(item.text)}${meta}</li>`;
}

function span(part: RichSpan): string {
  let html = lines(part.text);
  if (part.italic) html = `<em>${html}</em>`;
  if (part.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** A writer's rich text: paragraphs, emphasis and (nested) lists, every text escaped. */
export function richHtml(blocks: RichBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return `<p>${block.spans.map(span).join('')}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${richHtml(item)}</li>`).join('\n');
      return `<${tag}${start} class="rich">\n${items}\n</${tag}>`;
    })
    .join('\n');
}

function table(block: Extract<Block, { kind: 'table' }>): string {
  const cls = (i: number): string => (block.numeric[i] ? ' class="num"' : '');
  const head = block.header.map((cell, i) => `<th scope="col"${cls(i)}>${escapeHtml(cell)}</th>`).join('');
  const rows = block.rows.map(
    (row) =>
      `<tr>${row
        .map((cell, i) =>
          i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${cls(i)}>${escapeHtml(cell)}</td>`,
        )
        .join('')}</tr>`,
  );
  return [
    '<table>',
    `<caption>${escapeHtml(block.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return block.tone === 'meta' ? `<p class="meta">${lines(block.text)}</p>` : `<p>${lines(block.text)}</p>`;
    case 'bullets': {
      const label = block.label ? `<p class="list-label">${escapeHtml(block.label)}</p>\n` : '';
      return `${label}<ul>\n${block.items.map(bullet).join('\n')}\n</ul>`;
    }
    case 'table':
      // A region of its own that keyboard users can scroll when a phone is narrower than the table.
      return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(block.caption)}">\n${table(block)}\n</div>`;
    case 'rich':
      return richHtml(block.blocks);
    case 'outline': {
      const label = block.label ? `<p class="list-label">${escapeHtml(block.label)}</p>\n` : '';
      return `${label}${outline(block.items)}`;
    }
  }
}

/** Nested `<ul>`s from items with depths: a deeper item opens a list inside the previous item. */
function outline(items: Extract<Block, { kind: 'outline' }>['items']): string {
  const out: string[] = [];
  let depth = -1;
  for (const item of items) {
    const target = Math.min(item.depth, depth + 1);
    if (target > depth) out.push('<ul>');
    else {
      out.push('</li>');
      for (; depth > target; depth--) out.push('</ul>', '</li>');
    }
    depth = target;
    const meta = item.meta ? ` <span class="meta">${escapeHtml(item.meta)}</span>` : '';
    out.push(`<li>${lines(item.text)}${meta}`);
  }
  for (; depth >= 0; depth--) out.push('</li>', '</ul>');
  return out.join('\n');
}

/**
 * The summary as a complete, printable HTML5 page. No scripts, no inline styles, no external
 * requests: the only resource is the same-origin stylesheet at SUMMARY_CSS_PATH.
 */
export function renderHtml(doc: DocumentFrame, blocks: Block[]): string {
  // Each h2 opens a <section>, so the outline is also navigable by landmarks.
  const body: string[] = [];
  let open = false;
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= 2) {
      if (open) body.push('</section>');
      open = block.level === 2;
      if (open) body.push('<section>');
    }
    body.push(renderBlock(block));
  }
  if (open) body.push('</section>');
  // The organisation's footer and the funding mark's words close the page (print puts them on the last page).
  const footer = footerLines(doc).map(escapeHtml);
  if (doc.fundingMark?.alt) footer.push(escapeHtml(doc.fundingMark.alt));
  if (footer.length > 0) body.push(`<footer class="doc-footer">\n<p>${footer.join('<br>\n')}</p>\n</footer>`);
  return `<!doctype html>
<html lang="${escapeHtml(doc.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<link rel="stylesheet" href="${SUMMARY_CSS_PATH}">
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
