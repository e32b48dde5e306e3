import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { translator } from '@locales/translate';
import type {
  SpecBlock as CodedBlock,
  SpecSection as CodedSection,
  Specification as CodedSpecification,
} from '@shared/spec/model';
import PDFDocument from 'pdfkit';
import { resourcePath } from '../resources';
import {
  drawFacts,
  drawHeading,
  drawList,
  drawParagraph,
  drawSectionTitle,
  drawTable,
  Flow,
} from './pdf-blocks';
import { drawPathwayDiagram } from './pdf-diagram';
import { theme } from './pdf-theme';
import { wordSpecification } from './spec-words';

/** The specification as drawn: in its language already. */
type Specification = CodedSpecification<string>;
type SpecBlock = CodedBlock<string>;
type SpecSection = CodedSection<string>;

const { colour, size } = theme;

/** DejaVu Sans covers Latin and Cyrillic including Ukrainian and Kazakh letters (і ї є ґ ә ғ қ ң ө ұ ү һ). */
export const specFonts = {
  regular: () => resourcePath('fonts', 'DejaVuSans.ttf'),
  bold: () => resourcePath('fonts', 'DejaVuSans-Bold.ttf'),
};

interface ContentsEntry {
  id: string;
  title: string;
  depth: 0 | 1;
  page: number;
}

const CONTENTS_LINE = 17;

function drawCover(flow: Flow, spec: Specification): void {
  const { doc } = flow;
  const { cover } = spec;
  // A long award title steps down in size rather than being cut off.
  let titleSize: number = size.cover;
  flow.style('bold', titleSize);
  while (titleSize > 16 && flow.heightOf(cover.awardTitle, flow.width) > 3 * titleSize * 1.3) {
    titleSize -= 2;
    flow.style('bold', titleSize);
  }
  const titleHeight = flow.heightOf(cover.awardTitle, flow.width);
  const bandHeight = 116 + titleHeight + 44;
  doc.rect(0, 0, doc.page.width, bandHeight).fill(colour.accent);
  flow.style('bold', 11, '#c9daf0');
  doc.text(cover.kicker.toLocaleUpperCase(spec.language), flow.left, 92, {
    width: flow.width,
    characterSpacing: 1.5,
  });
  flow.style('bold', titleSize, '#ffffff');
  doc.text(cover.awardTitle, flow.left, 116, { width: flow.width, lineGap: theme.lineGap });
  flow.style('regular', 13, colour.ink);
  doc.text(cover.pathwayTitle, flow.left, bandHeight + 32, { width: flow.width, lineGap: 2 });
  flow.style('regular', 11, colour.muted);
  doc.text(cover.issuer, flow.left, doc.y + 6, { width: flow.width });

  const approved = cover.approval.state === 'approved';
  const statusColour = approved ? colour.approved : colour.pending;
  const y = doc.y + 26;
  flow.style('bold', 10);
  const statusHeight = flow.heightOf(cover.approval.label, flow.width - 32) + 18;
  doc.rect(flow.left, y, 4, statusHeight).fill(statusColour);
  doc.rect(flow.left + 4, y, flow.width - 4, statusHeight).fill(approved ? '#eaf4ec' : '#fbf3e4');
  flow.style('bold', 10, statusColour);
  doc.text(cover.approval.label, flow.left + 18, y + 9, { width: flow.width - 32 });
  doc.y = y + statusHeight + 28;
  drawFacts(flow, cover.facts, { labelWidth: 130 });
}

/** Every section and its subsections, as the contents page and the bookmarks list them. */
function contentsOf(sections: SpecSection[]): Omit<ContentsEntry, 'page'>[] {
  return sections.flatMap((section) => [
    { id: section.id, title: section.title, depth: 0 as const },
    ...section.subsections.map((sub) => ({ id: sub.id, title: sub.title, depth: 1 as const })),
  ]);
}

/** The height the "Contents" title takes on its first page. */
const CONTENTS_TITLE = 40;

/**
 * Which contents page (counted from the first) each entry goes on. The pages are reserved before the
 * sections are drawn, so the count and the drawing must agree: both come from this one function.
 */
function contentsPageOffsets(flow: Flow, entries: Omit<ContentsEntry, 'page'>[]): number[] {
  let offset = 0;
  let y = flow.top + CONTENTS_TITLE;
  return entries.map((entry) => {
    if (y + CONTENTS_LINE > flow.bottom) {
      offset++;
      y = flow.top;
    }
    y += CONTENTS_LINE + (entry.depth === 0 ? 2 : 0);
    return offset;
  });
}

function drawContents(flow: Flow, firstPage: number, entries: ContentsEntry[]): void {
  const { doc } = flow;
  const offsets = contentsPageOffsets(flow, entries);
  let current = firstPage;
  doc.switchToPage(current);
  doc.y = flow.top;
  drawSectionTitle(flow, flow.tr.t('spec.contents'));
  doc.y = flow.top + CONTENTS_TITLE;
  entries.forEach((entry, i) => {
    const page = firstPage + (offsets[i] ?? 0);
    if (page !== current) {
      current = page;
      doc.switchToPage(page);
      doc.y = flow.top;
    }
    const y = doc.y;
    const indent = entry.depth === 0 ? 0 : 16;
    const number = String(entry.page + 1);
    flow.style(entry.depth === 0 ? 'bold' : 'regular', entry.depth === 0 ? 10 : size.body);
    const numberWidth = doc.widthOfString(number);
    const titleWidth = Math.min(doc.widthOfString(entry.title), flow.width - indent - 60);
    doc.text(entry.title, flow.left + indent, y, {
      width: titleWidth + 1,
      height: CONTENTS_LINE,
      ellipsis: true,
      lineBreak: false,
    });
    doc
      .moveTo(flow.left + indent + titleWidth + 6, y + 9)
      .lineTo(flow.left + flow.width - numberWidth - 6, y + 9)
      .lineWidth(0.6)
      .dash(1, { space: 2.5 })
      .strokeColor(colour.rule)
      .stroke();
    doc.undash();
    doc.text(number, flow.left + flow.width - numberWidth, y, { width: numberWidth + 1, lineBreak: false });
    doc.goTo(flow.left, y, flow.width, CONTENTS_LINE - 3, entry.id);
    doc.y = y + CONTENTS_LINE + (entry.depth === 0 ? 2 : 0);
  });
}

function drawBlocks(flow: Flow, blocks: SpecBlock[], onLandscape: { value: boolean }): void {
  for (const block of blocks) {
    if (onLandscape.value) {
      flow.newPage();
      onLandscape.value = false;
    }
    switch (block.kind) {
      case 'heading':
        drawHeading(flow, block.text);
        break;
      case 'paragraph':
        drawParagraph(flow, block.text);
        break;
      case 'facts':
        drawFacts(flow, block.facts);
        break;
      case 'list':
        drawList(flow, block.items, block.emptyText);
        break;
      case 'table':
        drawTable(flow, block.table);
        break;
      case 'diagram':
        drawPathwayDiagram(flow, block.diagram);
        onLandscape.value = true;
        break;
    }
  }
}

/** Running header and footer on every page but the cover: title, version, "Page X of Y". */
function drawPageFrames(flow: Flow, spec: Specification): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    // Writing into the margins must not make pdfkit think the page is full and start a new one.
    const bottom = margins.bottom;
    margins.bottom = 0;
    const left = margins.left;
    const width = doc.page.width - margins.left - margins.right;
    flow.style('regular', size.tiny, colour.muted);
    const version = flow.tr.t('spec.page.version', { version: spec.metadata.version });
    const versionWidth = doc.widthOfString(version);
    doc.text(spec.cover.awardTitle, left, 32, {
      width: width - versionWidth - 20,
      height: 10,
      ellipsis: true,
      lineBreak: false,
    });
    doc.text(version, left + width - versionWidth, 32, { width: versionWidth + 1, lineBreak: false });
    doc
      .moveTo(left, 44)
      .lineTo(left + width, 44)
      .lineWidth(0.5)
      .strokeColor(colour.rule)
      .stroke();
    const footerY = doc.page.height - 38;
    doc
      .moveTo(left, footerY - 6)
      .lineTo(left + width, footerY - 6)
      .lineWidth(0.5)
      .strokeColor(colour.rule)
      .stroke();
    const pageLabel = flow.tr.t('spec.page.number', { page: i + 1, pages: range.count });
    const pageWidth = doc.widthOfString(pageLabel);
    doc.text(spec.cover.issuer, left, footerY, {
      width: width - pageWidth - 20,
      height: 10,
      ellipsis: true,
      lineBreak: false,
    });
    doc.text(pageLabel, left + width - pageWidth, footerY, { width: pageWidth + 1, lineBreak: false });
    margins.bottom = bottom;
  }
}

/**
 * Renders the programme specification as a PDF into `output`; resolves with the page count once
 * every byte has been handed to the stream.
 */
export function renderSpecificationPdf(coded: CodedSpecification, output: Writable): Promise<number> {
  const tr = translator(coded.language);
  const spec = wordSpecification(coded, tr);
  const fonts = { regular: specFonts.regular(), bold: specFonts.bold() };
  for (const path of Object.values(fonts)) {
    if (!existsSync(path)) throw new Error(`the font file ${path} is missing from Stackwise's resources`);
  }
  const doc = new PDFDocument({
    size: theme.page.size,
    margins: theme.page.margins,
    bufferPages: true,
    autoFirstPage: true,
    font: fonts.regular,
    lang: spec.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: spec.metadata.title,
      Author: spec.metadata.author,
      Subject: spec.metadata.subject,
      Keywords: spec.metadata.keywords.join(', '),
      CreationDate: new Date(spec.metadata.createdAt),
      ModDate: new Date(spec.metadata.createdAt),
      Creator: 'Stackwise',
      Producer: 'Stackwise with PDFKit',
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(output);
  const flow = new Flow(doc, fonts, tr);
  drawCover(flow, spec);

  const contents = contentsOf(spec.sections);
  const contentsStart = doc.bufferedPageRange().count;
  const contentsPages = (contentsPageOffsets(flow, contents).at(-1) ?? 0) + 1;
  for (let i = 0; i < contentsPages; i++) flow.newPage();
  doc.switchToPage(contentsStart);
  doc.outline.addItem(tr.t('spec.contents'));
  doc.switchToPage(contentsStart + contentsPages - 1);

  const pageOf = new Map<string, number>();
  const onLandscape = { value: false };
  const start = (section: SpecSection) => {
    pageOf.set(section.id, doc.bufferedPageRange().count - 1);
    doc.addNamedDestination(section.id);
  };
  for (const section of spec.sections) {
    const landscape = section.blocks[0]?.kind === 'diagram';
    flow.newPage(landscape ? 'landscape' : 'portrait');
    onLandscape.value = false;
    start(section);
    const bookmark = doc.outline.addItem(section.title, { expanded: false });
    drawSectionTitle(flow, section.title);
    drawBlocks(flow, section.blocks, onLandscape);
    section.subsections.forEach((sub, index) => {
      // Each module starts a page of its own; the appendix's parts follow one another.
      if ((section.id === 'modules' && index > 0) || onLandscape.value) {
        flow.newPage();
        onLandscape.value = false;
      } else {
        flow.ensureSpace(140);
      }
      start(sub);
      bookmark.addItem(sub.title);
      flow.style('bold', 13, colour.ink);
      doc.text(sub.title, flow.left, doc.y, { width: flow.width });
      doc.y += 6;
      drawBlocks(flow, sub.blocks, onLandscape);
    });
  }

  drawContents(
    flow,
    contentsStart,
    contents.map((entry) => ({ ...entry, page: pageOf.get(entry.id) ?? 0 })),
  );
  drawPageFrames(flow, spec);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return finished.then(() => pages);
}
