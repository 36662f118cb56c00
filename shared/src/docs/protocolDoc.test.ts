import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../commands.js';
import { expectedProtocolDoc, protocolDocPath } from './protocolDoc.js';

describe('docs/PROTOCOL.md', () => {
  it('matches the shared definitions (else run: node scripts/pnpm.mjs run docs:protocol)', async () => {
    expect(readFileSync(protocolDocPath, 'utf8')).toBe(await expectedProtocolDoc());
  });

  it('lists every command', () => {
    const doc = readFileSync(protocolDocPath, 'utf8');
    for (const name of commandNames) expect(doc).toContain(`\`${name}\``);
  });
});
