import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { withGeneratedParts } from './protocolReference.js';

/** docs/PROTOCOL.md of this checkout. */
export const protocolDocPath = fileURLToPath(new URL('../../../docs/PROTOCOL.md', import.meta.url));

/** docs/PROTOCOL.md as it should be: its generated parts rendered from the shared definitions, formatted. */
export const expectedProtocolDoc = async (): Promise<string> => {
  const config = (await prettier.resolveConfig(protocolDocPath)) ?? {};
  return prettier.format(withGeneratedParts(readFileSync(protocolDocPath, 'utf8')), {
    ...config,
    filepath: protocolDocPath,
  });
};
