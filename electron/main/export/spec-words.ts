import type { MessageValues, Translator } from '@locales/translate';
import { creditAmount, languageName, valueLabel } from '@locales/values';
import type { SpecificationResult } from '@shared/spec/build';
import type {
  PathwayDiagram,
  SpecBlock,
  SpecFact,
  Specification,
  SpecSection,
  SpecTable,
  Words,
} from '@shared/spec/model';

/*
 * The specification put in a language: every catalogue message, coded value, number and date the model
 * names is worded by the document's translator, so the renderer draws strings only.
 */

function regionName(tr: Translator, code: string): string {
  const names = new Intl.DisplayNames([tr.language], { type: 'region', fallback: 'code' });
  return names.of(code.slice(0, 2)) ?? code;
}

/** One piece of the model's words in the translator's language. */
export function sayWords(words: Words, tr: Translator): string {
  if (typeof words === 'string') return words;
  if ('key' in words) {
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(words.values ?? {}))
      values[name] = typeof value === 'number' ? value : sayWords(value, tr);
    return tr.t(words.key, values);
  }
  if ('list' in words) {
    const items = words.list.map((item) => sayWords(item, tr));
    switch (words.style) {
      case 'comma':
        return items.join(', ');
      case 'sum':
        return items.join(' + ');
      case 'lines':
        return items.join('\n');
      default:
        return tr.list(items);
    }
  }
  // A date without a time is a calendar day: read in UTC, it is the same day in every time zone.
  if ('date' in words) return tr.date(`${words.date}T00:00:00Z`, { dateStyle: words.style, timeZone: 'UTC' });
  if ('coded' in words) return valueLabel(tr, words.coded, words.value);
  if ('credit' in words) return creditAmount(tr, words.credit, words.system);
  if ('language' in words)
    return tr.t('spec.codeName', { name: languageName(tr, words.language), code: words.language });
  return tr.t('spec.codeName', { name: regionName(tr, words.region), code: words.region });
}

function wordFacts(facts: SpecFact[], tr: Translator): SpecFact<string>[] {
  return facts.map((f) => ({
    label: sayWords(f.label, tr),
    value: f.value === null ? null : sayWords(f.value, tr),
  }));
}

function wordTable(table: SpecTable, tr: Translator): SpecTable<string> {
  return {
    columns: table.columns.map((c) => ({ ...c, title: sayWords(c.title, tr) })),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.map((cell) => sayWords(cell, tr)) })),
    emptyText: sayWords(table.emptyText, tr),
  };
}

function wordDiagram(diagram: PathwayDiagram, tr: Translator): PathwayDiagram<string> {
  const say = (w: Words | null) => (w === null ? null : sayWords(w, tr));
  return {
    edges: diagram.edges,
    stages: diagram.stages.map((stage) => ({
      ...stage,
      credit: say(stage.credit),
      items: stage.items.map((item) =>
        item.kind === 'module'
          ? { kind: 'module', box: { ...item.box, credit: say(item.box.credit) } }
          : {
              ...item,
              rule: sayWords(item.rule, tr),
              boxes: item.boxes.map((box) => ({ ...box, credit: say(box.credit) })),
            },
      ),
    })),
  };
}

function wordBlock(block: SpecBlock, tr: Translator): SpecBlock<string> {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { kind: block.kind, text: sayWords(block.text, tr) };
    case 'facts':
      return { kind: 'facts', facts: wordFacts(block.facts, tr) };
    case 'list':
      return {
        kind: 'list',
        items: block.items.map((i) => ({ label: sayWords(i.label, tr), text: sayWords(i.text, tr) })),
        emptyText: sayWords(block.emptyText, tr),
      };
    case 'table':
      return { kind: 'table', table: wordTable(block.table, tr) };
    case 'diagram':
      return { kind: 'diagram', diagram: wordDiagram(block.diagram, tr) };
  }
}

function wordSection(section: SpecSection, tr: Translator): SpecSection<string> {
  return {
    id: section.id,
    title: sayWords(section.title, tr),
    blocks: section.blocks.map((b) => wordBlock(b, tr)),
    subsections: section.subsections.map((s) => wordSection(s, tr)),
  };
}

/** The whole specification in the translator's language. */
export function wordSpecification(spec: Specification, tr: Translator): Specification<string> {
  const { metadata, cover } = spec;
  return {
    language: spec.language,
    metadata: {
      ...metadata,
      title: sayWords(metadata.title, tr),
      author: sayWords(metadata.author, tr),
      subject: sayWords(metadata.subject, tr),
      keywords: metadata.keywords.map((k) => sayWords(k, tr)),
    },
    cover: {
      ...cover,
      kicker: sayWords(cover.kicker, tr),
      issuer: sayWords(cover.issuer, tr),
      facts: wordFacts(cover.facts, tr),
      approval: { ...cover.approval, label: sayWords(cover.approval.label, tr) },
    },
    sections: spec.sections.map((s) => wordSection(s, tr)),
  };
}

/** Why no specification was built, in the translator's language. */
export function specificationRefusal(
  result: Extract<SpecificationResult, { ok: false }>,
  tr: Translator,
): string {
  const { id, workspace, known } = result.params;
  return known.length > 0
    ? tr.t('spec.pathwayNotFound', { id, workspace, known: known.join(', ') })
    : tr.t('spec.pathwayNotFound.none', { id, workspace });
}
