import type { Translator } from '@locales/translate';
import type { SpecFact as CodedFact, SpecTable as CodedTable } from '@shared/spec/model';
import { theme } from './pdf-theme';

const { colour, size } = theme;
type SpecFact = CodedFact<string>;
type SpecTable = CodedTable<string>;

/** Where the flowing content of the current page may go, and page breaks that keep things together. */
export class Flow {
  /**
   * Fonts are named by their file: pdfkit caches a font under the name it was asked for, and a
   * registered alias of an already loaded font would make it parse the file again on every use.
   */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: { regular: string; bold: string },
    /** The document's language: the words the renderer adds itself (contents, page numbers, legend). */
    readonly tr: Translator,
  ) {}

  /** What a fact the design does not state shows. */
  get notStated(): string {
    return this.tr.t('spec.notStated');
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageHeight(): number {
    return this.bottom - this.top;
  }

  /** Starts a new page unless `height` still fits below the current position. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(layout: 'portrait' | 'landscape' = 'portrait'): void {
    this.doc.addPage({ size: theme.page.size, margins: theme.page.margins, layout });
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  style(weight: 'regular' | 'bold', fontSize: number, fill: string = colour.ink): this {
    this.doc.font(this.fonts[weight]).fontSize(fontSize).fillColor(fill);
    return this;
  }

  heightOf(text: string, width: number): number {
    return this.doc.heightOfString(text, { width, lineGap: theme.lineGap });
  }
}

export function drawSectionTitle(flow: Flow, title: string): void {
  const { doc } = flow;
  flow.style('bold', size.section, colour.accent);
  doc.text(title, flow.left, doc.y, { width: flow.width });
  const y = doc.y + 4;
  doc
    .moveTo(flow.left, y)
    .lineTo(flow.left + flow.width, y)
    .lineWidth(1.2)
    .strokeColor(colour.accent)
    .stroke();
  doc.y = y + 12;
}

export function drawHeading(flow: Flow, text: string): void {
  const { doc } = flow;
  // A heading alone at the foot of a page reads as belonging to nothing: keep it with some content.
  flow.ensureSpace(70);
  doc.y += 6;
  flow.style('bold', size.heading, colour.accent);
  doc.text(text, flow.left, doc.y, { width: flow.width });
  doc.y += 4;
}

export function drawParagraph(flow: Flow, text: string, fill: string = colour.ink): void {
  const { doc } = flow;
  flow.style('regular', size.body, fill);
  flow.ensureSpace(Math.min(flow.heightOf(text, flow.width), 40));
  doc.text(text, flow.left, doc.y, { width: flow.width, lineGap: theme.lineGap });
  doc.y += 6;
}

/**
 * Label and value side by side; a value the design does not state says so in grey. Many short facts
 * (a module's key facts) go in two columns, so they read as a panel rather than a long list.
 */
export function drawFacts(flow: Flow, facts: SpecFact[], options: { labelWidth?: number } = {}): void {
  const { doc } = flow;
  const labelWidth = options.labelWidth ?? 150;
  const columnGap = 24;
  const halfLabel = 100;
  const halfValue = (flow.width - columnGap) / 2 - halfLabel - 8;
  const isShort = (fact: SpecFact) => {
    flow.style('regular', size.body);
    const value = fact.value ?? flow.notStated;
    if (value.includes('\n') || doc.widthOfString(value) > halfValue) return false;
    flow.style('bold', size.small);
    return doc.widthOfString(fact.label) <= halfLabel - 4;
  };
  const short = facts.filter(isShort);
  if (options.labelWidth === undefined && short.length >= 6 && facts.length - short.length <= 2) {
    drawFactColumns(flow, short, halfLabel, (flow.width - columnGap) / 2 + columnGap);
    const long = facts.filter((f) => !short.includes(f));
    if (long.length > 0) drawFacts(flow, long, { labelWidth });
    return;
  }
  const valueWidth = flow.width - labelWidth - 10;
  for (const fact of facts) {
    const value = fact.value ?? flow.notStated;
    flow.style('regular', size.body);
    const valueHeight = flow.heightOf(value, valueWidth);
    flow.style('bold', size.small);
    const height = Math.max(valueHeight, flow.heightOf(fact.label, labelWidth)) + 5;
    // Short facts never split; a value longer than a page flows on (pdfkit continues it).
    flow.ensureSpace(Math.min(height, flow.pageHeight / 3));
    const y = doc.y;
    const page = doc.page;
    flow.style('bold', size.small, colour.muted);
    doc.text(fact.label, flow.left, y + 1.2, { width: labelWidth });
    const labelEnd = doc.y;
    flow.style('regular', size.body, fact.value === null ? colour.muted : colour.ink);
    doc.text(value, flow.left + labelWidth + 10, y, { width: valueWidth, lineGap: theme.lineGap });
    doc.y = (doc.page === page ? Math.max(doc.y, labelEnd) : doc.y) + 5;
  }
  doc.x = flow.left;
  doc.y += 4;
}

function drawFactColumns(flow: Flow, facts: SpecFact[], labelWidth: number, columnStep: number): void {
  const { doc } = flow;
  const rowHeight = 16;
  const rows = Math.ceil(facts.length / 2);
  flow.ensureSpace(rows * rowHeight + 10);
  const top = doc.y;
  doc.rect(flow.left, top, flow.width, rows * rowHeight + 8).fill(colour.zebra);
  facts.forEach((fact, i) => {
    // Down the first column, then the second, as a reader scans a panel.
    const x = flow.left + 8 + (i < rows ? 0 : columnStep);
    const y = top + 6 + (i % rows) * rowHeight;
    flow.style('bold', size.small, colour.muted);
    doc.text(fact.label, x, y + 1.2, { width: labelWidth, lineBreak: false });
    flow.style('regular', size.body, fact.value === null ? colour.muted : colour.ink);
    doc.text(fact.value ?? flow.notStated, x + labelWidth, y, { lineBreak: false });
  });
  doc.x = flow.left;
  doc.y = top + rows * rowHeight + 18;
}

export function drawList(flow: Flow, items: { label: string; text: string }[], emptyText: string): void {
  const { doc } = flow;
  if (items.length === 0) {
    drawParagraph(flow, emptyText, colour.muted);
    return;
  }
  const labelWidth = 34;
  const textWidth = flow.width - labelWidth;
  for (const item of items) {
    flow.style('regular', size.body);
    flow.ensureSpace(Math.min(flow.heightOf(item.text, textWidth) + 4, flow.pageHeight / 3));
    const y = doc.y;
    flow.style('bold', size.small, colour.accent);
    doc.text(item.label, flow.left, y + 1.2, { width: labelWidth });
    flow.style('regular', size.body);
    doc.text(item.text, flow.left + labelWidth, y, { width: textWidth, lineGap: theme.lineGap });
    doc.y += 4;
  }
  doc.x = flow.left;
  doc.y += 4;
}

const CELL_PAD_X = 5;

/**
 * Widths in proportion to the columns' weights, except that a column is never narrower than the
 * longest word of its title: pdfkit would otherwise break "recording" into "r ecordin g".
 */
function columnWidths(flow: Flow, table: SpecTable): number[] {
  flow.style('bold', size.small);
  const least = table.columns.map(
    (c) => Math.max(...c.title.split(/\s+/).map((word) => flow.doc.widthOfString(word))) + 2 * CELL_PAD_X + 1,
  );
  const fixed = new Set<number>();
  for (;;) {
    const free = table.columns.reduce((sum, c, i) => (fixed.has(i) ? sum : sum + c.weight), 0);
    const room = flow.width - [...fixed].reduce((sum, i) => sum + (least[i] ?? 0), 0);
    const widths = table.columns.map((c, i) => (fixed.has(i) ? (least[i] ?? 0) : (c.weight / free) * room));
    const tooNarrow = widths.findIndex((w, i) => !fixed.has(i) && w < (least[i] ?? 0));
    if (tooNarrow === -1) return widths;
    fixed.add(tooNarrow);
  }
}
const CELL_PAD_Y = 4;

/**
 * A table across the content width. Rows never split; when a row does not fit, the table continues
 * on the next page under a repeated header. A row taller than a whole page is cut with an ellipsis
 * rather than drawn off the page.
 */
export function drawTable(flow: Flow, table: SpecTable): void {
  const { doc } = flow;
  if (table.rows.length === 0) {
    drawParagraph(flow, table.emptyText, colour.muted);
    return;
  }
  const widths = columnWidths(flow, table);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const textWidth = (i: number) => (widths[i] ?? 0) - 2 * CELL_PAD_X;

  flow.style('bold', size.small);
  const headerHeight =
    Math.max(...table.columns.map((c, i) => flow.heightOf(c.title, textWidth(i)))) + 2 * CELL_PAD_Y;
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(flow.left, y, flow.width, headerHeight).fill(colour.accentSoft);
    flow.style('bold', size.small, colour.accent);
    table.columns.forEach((column, i) => {
      doc.text(column.title, (xs[i] ?? 0) + CELL_PAD_X, y + CELL_PAD_Y, {
        width: textWidth(i),
        align: column.align ?? 'left',
        lineGap: theme.lineGap,
      });
    });
    doc.y = y + headerHeight;
  };

  const rowHeights = table.rows.map((row) => {
    flow.style('regular', size.small);
    const tallest = Math.max(...row.cells.map((cell, i) => flow.heightOf(cell, textWidth(i))));
    return Math.min(tallest + 2 * CELL_PAD_Y, flow.pageHeight - headerHeight);
  });

  flow.ensureSpace(headerHeight + (rowHeights[0] ?? 0));
  drawHeader();
  table.rows.forEach((row, r) => {
    const height = rowHeights[r] ?? 0;
    if (doc.y + height > flow.bottom) {
      flow.newPage();
      drawHeader();
    }
    const y = doc.y;
    const fill = row.tone === 'attention' ? colour.attention : r % 2 === 1 ? colour.zebra : undefined;
    if (fill) doc.rect(flow.left, y, flow.width, height).fill(fill);
    flow.style('regular', size.small, row.tone === 'attention' ? colour.attentionInk : colour.ink);
    row.cells.forEach((cell, i) => {
      doc.text(cell, (xs[i] ?? 0) + CELL_PAD_X, y + CELL_PAD_Y, {
        width: textWidth(i),
        height: height - 2 * CELL_PAD_Y,
        ellipsis: true,
        align: table.columns[i]?.align ?? 'left',
        lineGap: theme.lineGap,
      });
    });
    doc
      .moveTo(flow.left, y + height)
      .lineTo(flow.left + flow.width, y + height)
      .lineWidth(0.5)
      .strokeColor(colour.rule)
      .stroke();
    doc.y = y + height;
  });
  doc.x = flow.left;
  doc.y += 10;
}
