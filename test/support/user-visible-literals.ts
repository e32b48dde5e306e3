import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';

/** A string in source code that a person would read, where it is. */
export interface Literal {
  file: string;
  line: number;
  text: string;
  where: string;
}

/** Props whose string value a person reads or hears. */
const spokenProps = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'description',
  'message',
  'summary',
  'heading',
]);

/** Ids, catalogue keys, CURIEs, web addresses, markup and data URIs: strings no one reads as words. */
const isMachineText = (text: string) =>
  /^[\w.-]+$/.test(text) ||
  /^[\w-]+:[\w-]+$/.test(text) ||
  /^(https?|data|app|file):/.test(text) ||
  /^\s*</.test(text) ||
  // A CSS selector list ("input, textarea, select").
  /^[a-z][\w-]*(\s*,\s*[a-z][\w-]*)+$/.test(text);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !isMachineText(text.trim());
/** Two words or more: how prose differs from ids, codes, CSS classes and keys. */
const isProse = (text: string) =>
  /\p{L}+[\s,.:;!?’']+\p{L}+/u.test(text.trim()) && !isMachineText(text.trim());

type Node = { type: string; loc?: { start: { line: number } } } & Record<string, unknown>;

function* walk(
  node: unknown,
  parent?: Node,
  key?: string,
  attribute?: string,
): Generator<{ node: Node; parent?: Node; key?: string; attribute?: string }> {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child, parent, key, attribute);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  const self = node as Node;
  yield {
    node: self,
    ...(parent && { parent }),
    ...(key !== undefined && { key }),
    ...(attribute && { attribute }),
  };
  // Inside a JSX attribute, a string is what that attribute holds: a class name, an id, a role…
  const inside = self.type === 'JSXAttribute' ? String((self.name as Node).name) : attribute;
  for (const [k, value] of Object.entries(self)) {
    if (k === 'loc' || k === 'start' || k === 'end' || k === 'extra' || k === 'comments') continue;
    if (k === 'leadingComments' || k === 'trailingComments' || k === 'innerComments') continue;
    yield* walk(value, self, k, inside);
  }
}

/** Calls whose string arguments are for developers (logs, thrown bugs, test ids), not for people. */
function isDeveloperCall(node: Node | undefined): boolean {
  if (!node || (node.type !== 'CallExpression' && node.type !== 'NewExpression')) return false;
  const callee = node.callee as Node;
  if (callee.type === 'MemberExpression') {
    const object = callee.object as Node;
    return object.type === 'Identifier' && object.name === 'console';
  }
  return callee.type === 'Identifier' && /Error$/.test(String(callee.name));
}

function propName(node: Node): string | undefined {
  const key = node.key as Node | undefined;
  if (!key) return undefined;
  if (key.type === 'Identifier') return String(key.name);
  if (key.type === 'StringLiteral') return String(key.value);
  return undefined;
}

/**
 * The strings of one source file a person would read: JSX text, spoken props (aria-label, title,
 * placeholder…) and, anywhere else, string and template literals that are prose. Strings passed to
 * console.* or to an Error constructor are for developers and are skipped.
 */
export function userVisibleLiterals(file: string, source: string): Literal[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: true });
  const found: Literal[] = [];
  const add = (node: Node, text: string, where: string) =>
    found.push({ file, line: node.loc?.start.line ?? 0, text: text.trim(), where });
  const developer = new Set<Node>();
  for (const { node } of walk(ast.program)) {
    if (isDeveloperCall(node)) for (const arg of node.arguments as Node[]) developer.add(arg);
  }
  const skipped = (node: Node, parent?: Node) => developer.has(node) || (parent && developer.has(parent));
  for (const { node, parent, key, attribute } of walk(ast.program)) {
    if (attribute !== undefined && !spokenProps.has(attribute) && node.type !== 'JSXAttribute') continue;
    if (node.type === 'JSXText' && hasWords(String(node.value))) add(node, String(node.value), 'JSX text');
    else if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name;
      const value = node.value as Node | null;
      if (value?.type === 'StringLiteral' && spokenProps.has(String(name)) && hasWords(String(value.value)))
        add(node, String(value.value), `${String(name)}=`);
    } else if (node.type === 'StringLiteral' && parent?.type !== 'JSXAttribute') {
      if (key === 'source' || parent?.type === 'TSLiteralType' || skipped(node, parent)) continue;
      if (parent?.type === 'ObjectProperty' && key === 'key') continue;
      const spoken = parent?.type === 'ObjectProperty' && spokenProps.has(propName(parent) ?? '');
      const text = String(node.value);
      if (isProse(text) || (spoken && hasWords(text))) add(node, text, 'string');
    } else if (node.type === 'TemplateLiteral' && !skipped(node, parent)) {
      const parts = (node.quasis as Node[]).map((q) => String((q.value as { cooked: string }).cooked));
      // A key built from data (`values.category.${value}`) is machine text like the keys it makes.
      if (isMachineText(parts.join('x'))) continue;
      const text = parts.join('…');
      if (isProse(text)) add(node, text, 'template');
    }
  }
  return found;
}

/** Every .ts/.tsx file under a folder. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

export function literalsUnder(root: string, base: string): Literal[] {
  return sourceFiles(root).flatMap((file) =>
    userVisibleLiterals(relative(base, file), readFileSync(file, 'utf8')),
  );
}
