import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Workspace } from '@shared/schemas/workspace';
import { buildSpecification } from '@shared/spec/build';
import type { Specification, SpecQaInput } from '@shared/spec/model';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSpecificationPdf } from '../../electron/main/export/export-spec';
import { AtomicWriteError, writeFileAtomically } from '../../electron/main/storage/atomic-write';
import kazakh from '../../resources/locales/kk/spec.json';
import { englishModules, englishWorkspace } from '../fixtures/spec/english';
import { largePathwayWorkspace } from '../fixtures/spec/large-pathway';
import { kazakhTitle, ukrainianKazakhWorkspace, ukrainianTitle } from '../fixtures/spec/ukrainian-kazakh';
import { tempDirsPerTest } from '../support/temp-dir';

const tempDir = tempDirsPerTest();
const run = promisify(execFile);
const generatedAt = '2026-11-23T10:00:00.000Z';
const qa: SpecQaInput = {
  profiles: [{ title: 'UK QAA Micro-credentials Characteristics Statement', version: '2022.1' }],
  conformance: [{ title: 'Learning outcomes and skills', passed: 4, total: 4 }],
  findings: [
    { severity: 'warning', targetLabel: 'DIE-202 · skills', message: 'Align the module to DigCompEdu.' },
  ],
};

function specOf(workspace: Workspace, pathwayId: string, withQa = true): Specification {
  const built = buildSpecification(workspace, pathwayId, { generatedAt, ...(withQa ? { qa } : {}) });
  if (!built.ok) throw new Error(built.code);
  return built.specification;
}

async function exported(spec: Specification, name = 'spec.pdf') {
  const file = join(await tempDir(), name);
  const { pages } = await exportSpecificationPdf(spec, file);
  return { file, pages };
}

/** The text in content-stream order, whitespace collapsed: wrapped lines read as one sentence. */
async function textOf(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function infoOf(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return Object.fromEntries(
    stdout.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1], match[2]]] : [];
    }),
  );
}

/** The bookmarks as poppler reads them: [title, page, depth]. */
async function outlineOf(file: string): Promise<[string, number, number][]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-enc', 'UTF-8', file]);
  const items: [string, number, number][] = [];
  let depth = 0;
  for (const token of stdout.match(/<outline>|<\/outline>|<item page="\d+">[^<]*<\/item>/g) ?? []) {
    if (token === '<outline>') depth++;
    else if (token === '</outline>') depth--;
    else {
      const [, page, title] = /<item page="(\d+)">([^<]*)<\/item>/.exec(token) ?? [];
      items.push([(title ?? '').replaceAll('&amp;', '&'), Number(page), depth]);
    }
  }
  return items;
}

describe('the PDF programme specification', () => {
  it('contains every module title, every outcome, the totals and the QA status', async () => {
    const { file } = await exported(specOf(englishWorkspace, 'pw-die'));
    const text = await textOf(file);
    for (const module of englishModules) {
      expect(text).toContain(`${module.code} ${module.title}`);
      for (const outcome of module.learningOutcomes) expect(text).toContain(outcome.statement);
    }
    expect(text).toContain('Total credits 26–28 ECTS');
    expect(text).toContain('26 ECTS to 28 ECTS, depending on the electives chosen');
    expect(text).toContain('650–700 hours');
    expect(text).toContain('QA status Conforms, with 1 warning open');
    expect(text).toContain('Approved on November 20, 2026 by Prof. Helen Price');
    expect(text).toContain(
      'Prof. Helen Price, Chair, Academic Standards Committee 1.2.0 sha256:4b8e2d6f0a1c3e5b7d9f',
    );
    expect(text).toContain('Choose 2 of 4: Classroom practice electives');
  });

  it('numbers pages "Page X of Y" under a running header, and the contents gives real page numbers', async () => {
    const { file, pages } = await exported(specOf(englishWorkspace, 'pw-die'));
    expect(Number((await infoOf(file)).Pages)).toBe(pages);
    const last = await textOf(file, pages);
    expect(last).toContain(`Page ${pages} of ${pages}`);
    expect(last).toContain('Data-Informed Educator Certificate Version 1.2.0');
    expect(await textOf(file, 1)).not.toContain('Page 1 of');
    const contents = await textOf(file, 2);
    const [, capstonePage] = /DIE-301 Data-Informed Practice Capstone \.*\s*(\d+)/.exec(contents) ?? [];
    expect(await textOf(file, Number(capstonePage))).toContain('DIE-301 Data-Informed Practice Capstone');
  });

  it('sets the document metadata', async () => {
    const { file } = await exported(specOf(englishWorkspace, 'pw-die'));
    const info = await infoOf(file);
    expect(info.Title).toBe('Data-Informed Educator Certificate: programme specification');
    expect(info.Author).toBe('Northbridge University');
    expect(info.Subject).toBe(
      'Programme specification of the pathway “Data-Informed Educator”, version 1.2.0',
    );
    expect(info.Keywords).toContain(
      'programme specification, micro-credentials, Data-Informed Educator Certificate',
    );
    expect(new Date(info.CreationDate ?? '').toISOString()).toBe(generatedAt);
  });

  it('embeds its own Unicode font and no other', async () => {
    const { file } = await exported(specOf(englishWorkspace, 'pw-die'));
    const { stdout } = await run('pdffonts', [file]);
    const fonts = stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts).toHaveLength(2);
    for (const font of fonts)
      expect(font).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('lists the sections and each module in the outline, at the pages they start on', async () => {
    const { file } = await exported(specOf(englishWorkspace, 'pw-die'));
    const outline = await outlineOf(file);
    expect(outline.filter(([, , depth]) => depth === 1).map(([title]) => title)).toEqual([
      'Contents',
      'Summary',
      'Pathway structure',
      'Modules',
      'Outcomes and assessment',
      'Appendix: quality assurance',
    ]);
    const modules = outline.filter(([title, , depth]) => depth === 2 && title.startsWith('DIE-'));
    expect(modules.map(([title]) => title)).toEqual(englishModules.map((m) => `${m.code} ${m.title}`));
    for (const [title, page] of [...modules, ...outline.filter(([t]) => t === 'Summary')]) {
      expect(await textOf(file, page)).toContain(title);
    }
  });

  it('renders Ukrainian and Kazakh text so that it extracts as written', async () => {
    const { file } = await exported(specOf(ukrainianKazakhWorkspace, 'pw-uk'));
    const text = await textOf(file);
    for (const phrase of [
      `ЦО-01 ${ukrainianTitle}`,
      `ҚҰ-02 ${kazakhTitle}`,
      'Розробляє їх завдання з урахуванням ґендерної рівності та інклюзії.',
      'Оцінює є роботи учнів за критеріями, що їм зрозумілі.',
      'Өз тәжірибесін талдап, әріптестерімен бөліседі және һәм жетілдіреді.',
      'Київський університет педагогічної освіти',
      'Кезең 2: тәжірибе',
    ]) {
      expect(text).toContain(phrase);
    }
    expect((await infoOf(file)).Title).toBe(
      'Сертифікат «Цифровий учитель» — Цифрлық мұғалім: programme specification',
    );
    const outline = (await outlineOf(file)).map(([title]) => title);
    expect(outline).toContain(`ҚҰ-02 ${kazakhTitle}`);
  });

  it('is written in the pathway’s language: a Kazakh pathway has Kazakh headings, labels and page numbers', async () => {
    const workspace: Workspace = {
      ...englishWorkspace,
      pathways: englishWorkspace.pathways.map((p) => ({ ...p, language: 'kk' as const })),
    };
    const { file, pages } = await exported(specOf(workspace, 'pw-die'));
    const text = await textOf(file);
    for (const heading of [
      kazakh['cover.kicker'].toLocaleUpperCase('kk'),
      kazakh['section.summary'],
      kazakh['section.structure'],
      kazakh['section.modules'],
      kazakh['section.matrix'],
      kazakh['section.qa'],
      kazakh['structure.modulesByStage'],
      kazakh['module.outcomes'],
      kazakh['module.assessment'],
      kazakh['fact.entryRequirements'],
      kazakh['summary.totalCredits'],
    ]) {
      expect(text).toContain(heading);
    }
    expect(await textOf(file, 2)).toContain(kazakh.contents);
    expect(await textOf(file, pages)).toContain(`Бет ${pages} / ${pages}`);
    expect(text).toContain('2026 ж. 20 қараша');
    for (const english of ['Summary', 'Pathway structure', 'Outcomes and assessment', 'Contents', 'Page '])
      expect(text).not.toContain(english);
    const outline = (await outlineOf(file)).map(([title]) => title);
    expect(outline.slice(0, 3)).toEqual([
      kazakh.contents,
      kazakh['section.summary'],
      kazakh['section.structure'],
    ]);
    expect((await infoOf(file)).Title).toBe('Data-Informed Educator Certificate: бағдарлама сипаттамасы');
  });

  it('renders a new, empty draft pathway and says what it does not state', async () => {
    const workspace: Workspace = {
      ...englishWorkspace,
      reviews: [],
      pathways: [
        {
          ...(englishWorkspace.pathways[0] as Workspace['pathways'][number]),
          id: 'pw-empty',
          status: 'draft',
          description: '',
          stages: [],
          prerequisites: [],
          award: { title: 'A certificate still being designed', type: 'certificate' },
        },
      ],
    };
    const { file } = await exported(specOf(workspace, 'pw-empty', false));
    const text = await textOf(file);
    expect(text).toContain('Draft: not yet approved');
    expect(text).toContain('Purpose Not stated');
    expect(text).toContain('The pathway has no stages yet.');
    expect(text).toContain('The QA checks were not run.');
  });

  it('grows by pages as modules are added', async () => {
    const small = await exported(specOf(largePathwayWorkspace(6, 2), 'pw-large'));
    const large = await exported(specOf(largePathwayWorkspace(36, 3), 'pw-large'));
    expect(large.pages).toBeGreaterThan(small.pages + 30);
    const text = await textOf(large.file);
    for (let i = 1; i <= 36; i++)
      expect(text).toContain(`Outcome A of module ${i}: plans teaching from evidence.`);
  });

  it('spreads a long contents over several pages, each entry pointing at its page', async () => {
    const { file } = await exported(specOf(largePathwayWorkspace(100, 4), 'pw-large'));
    const outline = await outlineOf(file);
    const contentsPage = outline.find(([title]) => title === 'Contents')?.[1] ?? 0;
    const summaryPage = outline.find(([title]) => title === 'Summary')?.[1] ?? 0;
    expect(summaryPage - contentsPage).toBe(3);
    const contents = (await Promise.all([0, 1, 2].map((i) => textOf(file, contentsPage + i)))).join(' ');
    for (const [title, page] of outline.filter(([t]) => t !== 'Contents')) {
      expect(contents).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [. ]*${page} `));
    }
  });

  it('repeats a table header on every page the table continues onto', async () => {
    const { file, pages } = await exported(specOf(largePathwayWorkspace(40, 4), 'pw-large'));
    const matrixPages: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const text = await textOf(file, page);
      if (/LP-\d{3} LO\d/.test(text)) matrixPages.push(text);
    }
    expect(matrixPages.length).toBeGreaterThan(1);
    for (const text of matrixPages)
      expect(text).toMatch(/Outcome Statement Assessment Lesson plan Video recording LP-\d{3} LO\d/);
  });

  it('wraps long text and unbroken strings inside the page', async () => {
    const workspace = structuredClone(englishWorkspace);
    const [first] = workspace.modules;
    if (!first) throw new Error('fixture has no modules');
    first.assessment.description = 'Reviewers judge the portfolio against the rubric. '.repeat(70);
    first.admission.requirements = `https://register.example.org/${'x'.repeat(260)}`;
    first.learningOutcomes[0] = {
      id: first.learningOutcomes[0]?.id ?? 'lo',
      statement: 'Design '.repeat(140),
    };
    const { file } = await exported(specOf(workspace, 'pw-die'));
    const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
    let pageWidth = 0;
    let pageHeight = 0;
    let words = 0;
    for (const tag of stdout.match(/<page [^>]+>|<word [^>]+>/g) ?? []) {
      const number = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1]);
      if (tag.startsWith('<page')) {
        pageWidth = number('width');
        pageHeight = number('height');
        continue;
      }
      words++;
      expect(number('xMin')).toBeGreaterThanOrEqual(50);
      expect(number('xMax')).toBeLessThanOrEqual(pageWidth - 50);
      expect(number('yMax')).toBeLessThanOrEqual(pageHeight - 25);
    }
    expect(words).toBeGreaterThan(2000);
  });
});

describe('exporting atomically', () => {
  const spec = specOf(englishWorkspace, 'pw-die');
  const resources = process.env.STACKWISE_RESOURCES;
  afterEach(() => {
    if (resources === undefined) delete process.env.STACKWISE_RESOURCES;
    else process.env.STACKWISE_RESOURCES = resources;
  });

  it('replaces an older file only with a complete PDF', async () => {
    const dir = await tempDir();
    const file = join(dir, 'spec.pdf');
    await writeFile(file, 'an older export');
    await exportSpecificationPdf(spec, file);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(await readdir(dir)).toEqual(['spec.pdf']);
  });

  it('leaves nothing behind and keeps the old file when the renderer fails', async () => {
    const dir = await tempDir();
    const file = join(dir, 'spec.pdf');
    await writeFile(file, 'an older export');
    process.env.STACKWISE_RESOURCES = join(dir, 'no-resources');
    const failure = exportSpecificationPdf(spec, file);
    await expect(failure).rejects.toBeInstanceOf(AtomicWriteError);
    await expect(failure).rejects.toThrow(new RegExp(`^Cannot write ${file}: .*DejaVuSans\\.ttf`));
    expect(await readdir(dir)).toEqual(['spec.pdf']);
    expect(await readFile(file, 'utf8')).toBe('an older export');
  });

  it('removes the half-written temporary file when writing stops midway', async () => {
    const dir = await tempDir();
    const file = join(dir, 'spec.pdf');
    const failure = writeFileAtomically(file, async (handle) => {
      await handle.write('%PDF-1.7 half a document');
      throw new Error('the renderer stopped');
    });
    await expect(failure).rejects.toThrow(`Cannot write ${file}: the renderer stopped`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('says why when the target cannot be written, and leaves nothing behind', async () => {
    const dir = await tempDir();
    const missing = join(dir, 'not-there', 'spec.pdf');
    await expect(exportSpecificationPdf(spec, missing)).rejects.toThrow(
      `Cannot write ${missing}: the folder ${join(dir, 'not-there')} does not exist`,
    );
    const occupied = join(dir, 'spec.pdf');
    await mkdir(occupied);
    await mkdir(join(occupied, 'inside'));
    await expect(exportSpecificationPdf(spec, occupied)).rejects.toThrow(`Cannot write ${occupied}: `);
    expect(await readdir(dir)).toEqual(['spec.pdf']);
    expect(await readdir(occupied)).toEqual(['inside']);
  });
});
