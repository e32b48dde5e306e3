import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { newModule } from '@shared/domain/module';
import { type FieldEntity, fieldSpec, fieldTables } from '@shared/fields';
import { runProfiles } from '@shared/qa/engine';
import { moduleFields } from '@shared/qa/module-fields';
import { builtInProfiles } from '@shared/qa/profiles';
import type { Target } from '@shared/qa/rule';
import type { Pathway } from '@shared/schemas/pathway';
import type { Workspace } from '@shared/schemas/workspace';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, type EditorStore } from '../../../renderer/src/editor/store';
import { GroupInspector } from '../../../renderer/src/features/inspector/GroupInspector';
import { PathwayInspector } from '../../../renderer/src/features/inspector/PathwayInspector';
import { ModuleEditor } from '../../../renderer/src/features/module-editor/ModuleEditor';
import { NOW } from '../../fixtures/builders';
import { goodDesign, pathwayOf } from '../qa/designs';

/*
 * Every field a QA finding can point at must be a field of the table and an input of the form that
 * "jump to field" opens (the module's, the pathway's or the choice group's): otherwise the click focuses
 * nothing. The fields come from the rules' source, so a rule that no design here provokes is checked too.
 */

// The forms read the editing session through use-editor; on a server render there is no store to subscribe to.
const session = vi.hoisted(() => ({ store: undefined as EditorStore | undefined }));
vi.mock('../../../renderer/src/editor/use-editor', () => ({
  useEditorStore: () => session.store,
  useEditor: <T>(select: (state: ReturnType<EditorStore['getState']>) => T) =>
    select((session.store as EditorStore).getState()),
}));

type Node = { type: string } & Record<string, unknown>;

function* nodes(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const child of node) yield* nodes(child);
  else if (node && typeof node === 'object' && typeof (node as Node).type === 'string') {
    yield node as Node;
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') yield* nodes(value);
  }
}

/** The paths an expression can be: literals as they are, `${index}` as item 0; null when it is data (a profile's field). */
function pathsOf(expression: Node | undefined): string[] | null {
  if (!expression) return [];
  switch (expression.type) {
    case 'StringLiteral':
      return [String(expression.value)];
    case 'TemplateLiteral':
      return [(expression.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('0')];
    case 'ConditionalExpression': {
      const [a, b] = [pathsOf(expression.consequent as Node), pathsOf(expression.alternate as Node)];
      return a && b ? [...a, ...b] : null;
    }
    case 'Identifier':
      return expression.name === 'undefined' ? [] : null;
    default:
      return null;
  }
}

interface TargetField {
  entity: FieldEntity | 'stage';
  path: string;
  rule: string;
}

/** Every target field written in shared/qa/rules: moduleTarget(module, FIELD) and `{ kind, field: FIELD }`. */
function targetFieldsInRules(): TargetField[] {
  const dir = join(import.meta.dirname, '../../../shared/qa/rules');
  const found: TargetField[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const ast = parse(readFileSync(join(dir, file), 'utf8'), {
      sourceType: 'module',
      plugins: ['typescript'],
    });
    const add = (entity: TargetField['entity'], expression: Node | undefined) => {
      const paths = pathsOf(expression);
      // A field the profile names (institution.*): any field of the institutional view.
      for (const path of paths ?? Object.keys(moduleFields)) found.push({ entity, path, rule: file });
    };
    for (const node of nodes(ast.program)) {
      const callee = node.callee as Node | undefined;
      if (node.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'moduleTarget') {
        add('module', (node.arguments as Node[])[1]);
      }
      if (node.type === 'ObjectExpression') {
        const props = new Map(
          (node.properties as Node[])
            .filter((p) => p.type === 'ObjectProperty' && (p.key as Node).type === 'Identifier')
            .map((p) => [String((p.key as Node).name), p.value as Node]),
        );
        const kind = props.get('kind');
        if (!props.has('field') || kind?.type !== 'StringLiteral') continue;
        // As "jump to field" picks the form: a module's, else a group's, else the pathway's.
        const entity = props.has('moduleId')
          ? 'module'
          : props.has('groupId')
            ? 'group'
            : kind.value === 'stage'
              ? 'stage'
              : 'pathway';
        add(entity, props.get('field'));
      }
    }
  }
  return found;
}

/** A design most rules find fault with: a bare module, an unknown issuer, a cycle, an overfull group. */
function designWithGaps(): Workspace {
  const design = goodDesign();
  const pathway = pathwayOf(design);
  const bare = newModule({ id: 'm-bare', code: 'BARE-01', title: '', now: NOW });
  const orphan = {
    ...newModule({ id: 'm-orphan', code: 'ORPH-01', title: 'Orphan', now: NOW }),
    issuerId: 'gone',
  };
  const [first, second] = pathway.stages;
  if (!first || !second) throw new Error('the good design has two stages');
  const gaps: Pathway = {
    ...pathway,
    award: {
      ...pathway.award,
      credit: { value: 60, system: 'ECTS' },
      level: { framework: 'EQF', value: 8, scheme: '' },
    },
    stages: [
      {
        ...first,
        items: [
          ...first.items,
          { kind: 'module', moduleId: bare.id },
          { kind: 'module', moduleId: orphan.id },
        ],
      },
      {
        ...second,
        items: second.items.map((item) => (item.kind === 'choice' ? { ...item, choose: 5 } : item)),
      },
      { id: 's-empty', title: 'Empty', items: [] },
    ],
    prerequisites: [...pathway.prerequisites, { before: 'm-b', after: 'm-a' }],
  };
  return { ...design, modules: [...design.modules, bare, orphan], pathways: [gaps] };
}

/** A path as the form marks it for the design's first item: 'learningOutcomes[2].statement' → [0]. */
const firstItem = (path: string) => path.replace(/\[\d+\]/g, '[0]');

/** The `data-field` of every input a form renders (an item's as its first item's). */
function renderedFields(element: Parameters<typeof renderToStaticMarkup>[0]): Set<string> {
  const markup = renderToStaticMarkup(element);
  return new Set([...markup.matchAll(/data-field="([^"]+)"/g)].map((m) => firstItem(m[1] ?? '')));
}

/** What each form renders for a design whose module has an outcome, an evidence and a skill. */
function formsOf(design: Workspace): Record<FieldEntity | 'stage', Set<string>> {
  session.store = createEditorStore(
    { path: 'w.json', workspace: design },
    async () => ({ ok: true }) as never,
  );
  const pathway = pathwayOf(design);
  const module = design.modules[0];
  const group = pathway.stages.flatMap((s) => s.items).find((i) => i.kind === 'choice');
  if (!module || !group || group.kind !== 'choice')
    throw new Error('the good design has a module and a group');
  const noop = () => {};
  return {
    module: renderedFields(
      createElement(ModuleEditor, { module, isNew: false, onDelete: noop, onDiscardNew: noop }),
    ),
    pathway: renderedFields(createElement(PathwayInspector, { pathway })),
    group: renderedFields(createElement(GroupInspector, { pathway, group, onClose: noop })),
    issuer: new Set(),
    stage: new Set(),
  };
}

describe('fields a QA finding points at', () => {
  const inRules = targetFieldsInRules();

  it('are found in the rules: every field the rules yield on a design full of gaps is among them', () => {
    const profiles = [
      ...builtInProfiles,
      {
        id: 'every-field',
        title: 'Every field required',
        version: '1',
        source: '',
        rules: Object.keys(moduleFields).map((field) => ({
          ruleId: 'institution.field-required',
          severity: 'error' as const,
          params: { field },
        })),
      },
    ];
    const yielded = runProfiles(designWithGaps(), profiles).findings.map((f) => f.target);
    const withField = yielded.filter((t): t is Target & { field: string } => t.field !== undefined);
    expect(withField.length).toBeGreaterThan(20);
    const known = new Set(inRules.map((t) => firstItem(t.path)));
    expect(withField.map((t) => firstItem(t.field)).filter((path) => !known.has(path))).toEqual([]);
  });

  it('are fields of the table', () => {
    const unknown = inRules.filter((t) => t.entity === 'stage' || !fieldSpec(t.entity, t.path));
    expect(unknown).toEqual([]);
  });

  it('are rendered by the form "jump to field" opens', () => {
    const forms = formsOf(goodDesign());
    const missing = inRules
      .filter((t) => !forms[t.entity].has(firstItem(t.path)))
      .map((t) => `${t.rule}: ${t.entity} ${t.path}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('the forms', () => {
  it('render every field of their table, items’ fields included, and no field the table lacks', () => {
    const forms = formsOf(goodDesign());
    for (const entity of ['module', 'pathway', 'group'] as const) {
      const table = fieldTables[entity].flatMap((spec) => [
        spec.path,
        ...(spec.items ?? []).map((item) => `${spec.path}[0].${item.path}`),
      ]);
      expect([...forms[entity]].sort(), entity).toEqual([...new Set(table)].sort());
    }
  });
});
