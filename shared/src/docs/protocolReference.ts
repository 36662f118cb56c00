import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'zod';
import { audienceOf, forScreen } from '../audience.js';
import { commandNames, commands } from '../commands.js';
import type { SessionEvent } from '../events.js';
import { ErrorCode } from '../protocol.js';

/*
 * The generated parts of docs/PROTOCOL.md: every command from its definition (shared/src/commands/), every event
 * from EventBodies (shared/src/events.ts, with its doc comment) and who receives it (audienceOf), every error code
 * (shared/src/protocol.ts). `node scripts/pnpm.mjs run docs:protocol` writes them between the markers; a test fails
 * when the file is out of date.
 */

export const MARK = (part: string) => ({
  begin: `<!-- generated:${part} begin (node scripts/pnpm.mjs run docs:protocol) -->`,
  end: `<!-- generated:${part} end -->`,
});

const source = (file: string) => {
  const path = new URL(`../${file}`, import.meta.url);
  return ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
};

const docOf = (node: ts.Node): string =>
  ts
    .getJSDocCommentsAndTags(node)
    .map((d) => (ts.isJSDoc(d) ? (ts.getTextOfJSDocComment(d.comment) ?? '') : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  const?: unknown;
};

/** A payload field's type in a few words: `string ≤ 500`, `"inner" \| "outer" \| null`, `id[] ≤ 100`. */
const typeWords = (s: JsonSchema): string => {
  if (s.anyOf) return s.anyOf.map(typeWords).join(' \\| ');
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  switch (s.type) {
    case 'string':
      return s.maxLength !== undefined && s.maxLength <= 32 ? 'id' : `string${s.maxLength ? ` ≤ ${s.maxLength}` : ''}`;
    case 'integer':
    case 'number':
      return `${s.type}${s.minimum !== undefined ? ` ${s.minimum}…${s.maximum ?? ''}` : ''}`;
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `${s.items ? typeWords(s.items) : 'unknown'}[]${s.maxItems !== undefined ? ` ≤ ${s.maxItems}` : ''}`;
    case 'object':
      if (s.properties) {
        return `{ ${Object.entries(s.properties)
          .map(([k, v]) => `${k}${s.required?.includes(k) ? '' : '?'}: ${typeWords(v)}`)
          .join('; ')} }`;
      }
      return s.additionalProperties && typeof s.additionalProperties === 'object'
        ? `{ [id]: ${typeWords(s.additionalProperties)} }`
        : 'object';
    default:
      return 'unknown';
  }
};

const payloadWords = (schema: z.ZodType): string => {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  const fields = Object.entries(json.properties ?? {}).filter(([k]) => k !== 'commandId');
  if (fields.length === 0) return '—';
  return fields.map(([k, v]) => `\`${k}${json.required?.includes(k) ? '' : '?'}\`: ${typeWords(v)}`).join('<br>');
};

const methodWords = (methods: readonly string[]) =>
  methods.length === 2 ? 'both' : methods.map((m) => (m === 'aquarium' ? 'aquarium' : 'small groups')).join(', ');

export const commandsTable = (): string =>
  [
    '| command | roles | methods | payload (besides `commandId`) | what it does |',
    '| --- | --- | --- | --- | --- |',
    ...commandNames.map((name) => {
      const c = commands[name];
      return `| \`${name}\` | ${c.roles.join(', ')} | ${methodWords(c.methods)} | ${payloadWords(c.schema)} | ${cell(c.doc)} |`;
    }),
  ].join('\n');

/** Reads `audienceOf` with a stand-in event whose every field names its own path, e.g. `thought.participantId`. */
const standIn = (path: string): unknown =>
  new Proxy(
    {},
    {
      get: (_t, key) => {
        if (key === Symbol.toPrimitive || key === 'toString') return () => path;
        if (typeof key === 'symbol') return undefined;
        return standIn(path ? `${path}.${key}` : key);
      },
    },
  );

const receivers = (type: string): string => {
  const event = { seq: 1, at: 0, type, data: standIn('') } as unknown as SessionEvent;
  const a = audienceOf(event);
  const who: string[] = [];
  if (a.staff) who.push('staff');
  if (a.screen) who.push(forScreen(event) === event ? 'projector' : 'projector (without texts)');
  if (a.participants === 'all') who.push('every phone');
  if (a.participant !== null) who.push(`the phone of \`${String(a.participant)}\``);
  if (a.members) who.push(`the phones in \`${String(a.members)}\``);
  return who.length ? who.join(', ') : 'nobody (stored only)';
};

export const eventsTable = (): string => {
  const sf = source('events.ts');
  const rows: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'EventBodies') {
      for (const m of node.members) {
        if (!ts.isPropertySignature(m) || !m.type || !ts.isStringLiteral(m.name)) continue;
        const type = m.name.text;
        const data = m.type.getText(sf).replace(/\s+/g, ' ').replace(' & ToGroup', ' & { to: string[] }');
        rows.push(`| \`${type}\` | \`${cell(data)}\` | ${receivers(type)} | ${cell(docOf(m))} |`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return ['| event | data | who receives it | what happened |', '| --- | --- | --- | --- |', ...rows].join('\n');
};

export const errorsTable = (): string => {
  const sf = source('protocol.ts');
  const docs = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) docs.set(node.name.text, docOf(node));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [
    '| code | meaning |',
    '| --- | --- |',
    ...Object.entries(ErrorCode).map(([key, code]) => `| \`${code}\` | ${cell(docs.get(key) ?? '')} |`),
  ].join('\n');
};

export const generatedParts: Record<string, () => string> = {
  commands: commandsTable,
  events: eventsTable,
  errors: errorsTable,
};

/** The document with every generated part rewritten between its markers. */
export const withGeneratedParts = (doc: string): string =>
  Object.entries(generatedParts).reduce((text, [part, render]) => {
    const { begin, end } = MARK(part);
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/PROTOCOL.md lacks the markers of "${part}"`);
    return `${text.slice(0, from + begin.length)}\n\n${render()}\n\n${text.slice(to)}`;
  }, doc);
