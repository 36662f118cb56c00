// Writes the generated parts of docs/PROTOCOL.md: node scripts/pnpm.mjs run docs:protocol
import { writeFileSync } from 'node:fs';
import { expectedProtocolDoc, protocolDocPath } from './protocolDoc.js';

writeFileSync(protocolDocPath, await expectedProtocolDoc());
process.stdout.write(`wrote ${protocolDocPath}\n`);
