/**
 * Refuses to start on a Node.js other than the one the release was built and tested on, with a sentence an
 * operator can act on, before anything loads a native module: better-sqlite3 is compiled for one Node major
 * and would otherwise fail with "NODE_MODULE_VERSION 137 ... requires 115". Imported first by every built
 * program (main.ts, backup.ts). The build writes the pinned version (.node-version) in as AQUARIUM_NODE.
 */
import { fileURLToPath } from 'node:url';

declare const AQUARIUM_NODE: string | undefined;

const pinned = typeof AQUARIUM_NODE === 'string' ? AQUARIUM_NODE : null;
const major = (version: string) => Number(version.split('.')[0]);

if (pinned && major(process.versions.node) !== major(pinned)) {
  process.stderr.write(
    `Aquarium needs Node.js ${major(pinned)} (built and tested on ${pinned}, see .node-version); this is Node.js ` +
      `${process.versions.node} (${process.execPath}).\n` +
      'Start it with `npm run serve`, which installs and uses the pinned Node, or run that Node directly: ' +
      `${fileURLToPath(new URL('../../.tools/bin/node', import.meta.url))} (docs/OPERATIONS.md, "Runtime").\n`,
  );
  process.exit(1);
}
