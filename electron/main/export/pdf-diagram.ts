import type { PathwayDiagram } from '@shared/spec/model';
import {
  type DiagramPage,
  diagramMetrics,
  layoutDiagram,
  type PlacedBox,
  type PlacedGroup,
} from './diagram-layout';
import type { Flow } from './pdf-blocks';
import { theme } from './pdf-theme';

const { colour } = theme;
const LEGEND_HEIGHT = 22;

function drawArrow(
  doc: PDFKit.PDFDocument,
  from: PlacedBox,
  to: PlacedBox,
  at: (u: number) => number,
  ox: number,
  oy: number,
): void {
  const X = (u: number) => ox + at(u);
  const Y = (u: number) => oy + at(u);
  // Within a stage the arrow loops out to the right; otherwise it leaves the side facing its target.
  const sameColumn = from.column === to.column;
  const forward = to.column > from.column;
  const bend = at(diagramMetrics.columnGap * 0.55);
  const sx = sameColumn || forward ? X(from.x + from.w) : X(from.x);
  const ex = sameColumn || !forward ? X(to.x + to.w) : X(to.x);
  const sy = Y(from.y + from.h / 2);
  const ey = Y(to.y + to.h / 2);
  const c1x = sameColumn ? sx + bend : forward ? sx + Math.max(bend, (ex - sx) / 2) : sx - bend;
  const c2x = sameColumn ? ex + bend : forward ? ex - Math.max(bend, (ex - sx) / 2) : ex + bend;
  doc.save();
  doc
    .moveTo(sx, sy)
    .bezierCurveTo(c1x, sy, c2x, ey, ex, ey)
    .lineWidth(0.9)
    .strokeColor(colour.muted)
    .stroke();
  // The head points along the curve's last tangent, which is horizontal by construction.
  const direction = c2x < ex ? 1 : -1;
  const length = at(5);
  doc
    .moveTo(ex, ey)
    .lineTo(ex - direction * length, ey - length * 0.6)
    .lineTo(ex - direction * length, ey + length * 0.6)
    .closePath()
    .fill(colour.muted);
  doc.restore();
}

/** "Choose 2 of 4: Classroom practice electives (continued)". */
function groupLabel(flow: Flow, group: PlacedGroup): string {
  const values = { rule: group.rule, title: group.title };
  if (group.title) {
    return flow.tr.t(
      group.continued ? 'spec.diagram.group.titled.continued' : 'spec.diagram.group.titled',
      values,
    );
  }
  return flow.tr.t(group.continued ? 'spec.diagram.group.continued' : 'spec.diagram.group', values);
}

function drawPage(flow: Flow, page: DiagramPage, ox: number, oy: number, height: number): void {
  const { doc } = flow;
  const s = page.scale;
  const at = (u: number) => u * s;
  const m = diagramMetrics;

  // Columns end below their content, so a short pathway does not trail empty grey bands.
  const contentBottom = Math.max(
    m.stageHeader,
    ...page.boxes.map((b) => b.y + b.h),
    ...page.groups.map((g) => g.y + g.h),
  );
  const bandHeight = Math.min(height, at(contentBottom + 10));
  for (const stage of page.stages) {
    doc.rect(ox + at(stage.x), oy, at(stage.w), bandHeight).fill(colour.zebra);
    doc.font(flow.fonts.bold).fontSize(at(9)).fillColor(colour.accent);
    doc.text(stage.title, ox + at(stage.x + 6), oy + at(5), {
      width: at(stage.w - 12),
      height: at(12),
      ellipsis: true,
      lineBreak: false,
    });
    doc.font(flow.fonts.regular).fontSize(at(7.5)).fillColor(colour.muted);
    doc.text(stage.credit ?? flow.tr.t('spec.diagram.noCredit'), ox + at(stage.x + 6), oy + at(18), {
      width: at(stage.w - 12),
      height: at(10),
      ellipsis: true,
      lineBreak: false,
    });
  }

  // An arrow that skips a stage passes behind the stages between, instead of striking through their boxes.
  const skipsStage = (edge: DiagramPage['edges'][number]) => Math.abs(edge.to.column - edge.from.column) > 1;
  for (const edge of page.edges.filter(skipsStage)) drawArrow(doc, edge.from, edge.to, at, ox, oy);

  for (const group of page.groups) {
    doc
      .roundedRect(ox + at(group.x), oy + at(group.y), at(group.w), at(group.h), at(4))
      .lineWidth(1)
      .dash(at(3), { space: at(2) })
      .fillAndStroke('#ffffff', colour.accent);
    doc.undash();
  }

  for (const edge of page.edges.filter((e) => !skipsStage(e))) drawArrow(doc, edge.from, edge.to, at, ox, oy);

  // Group labels go over any arrow that crosses a group, so "N of M" always reads cleanly.
  for (const group of page.groups) {
    const label = groupLabel(flow, group);
    doc.font(flow.fonts.bold).fontSize(at(7.5));
    const labelWidth = Math.min(doc.widthOfString(label) + at(6), at(group.w - 8));
    doc.rect(ox + at(group.x + 3), oy + at(group.y + 2), labelWidth, at(m.groupHeader - 4)).fill('#ffffff');
    doc.fillColor(colour.accent).text(label, ox + at(group.x + 6), oy + at(group.y + 4), {
      width: at(group.w - 12),
      height: at(m.groupHeader - 4),
      ellipsis: true,
      lineBreak: false,
    });
  }

  for (const placed of page.boxes) {
    const x = ox + at(placed.x);
    const y = oy + at(placed.y);
    const w = at(placed.w);
    doc
      .roundedRect(x, y, w, at(placed.h), at(3))
      .lineWidth(placed.inGroup ? 0.6 : 0.9)
      .fillAndStroke(
        placed.inGroup ? '#ffffff' : colour.accentSoft,
        placed.inGroup ? colour.rule : colour.accent,
      );
    const inner = w - at(10);
    doc.font(flow.fonts.regular).fontSize(at(7)).fillColor(colour.muted);
    const credit = placed.box.credit ?? '';
    const creditWidth = Math.min(doc.widthOfString(credit), inner / 2);
    doc.text(credit, x + w - at(5) - creditWidth, y + at(5), {
      width: creditWidth,
      height: at(9),
      ellipsis: true,
      lineBreak: false,
    });
    doc.font(flow.fonts.bold).fontSize(at(7.5)).fillColor(colour.ink);
    doc.text(placed.box.code, x + at(5), y + at(5), {
      width: inner - creditWidth - at(4),
      height: at(9),
      ellipsis: true,
      lineBreak: false,
    });
    doc.font(flow.fonts.regular).fontSize(at(7.5)).fillColor(colour.ink);
    doc.text(placed.box.title, x + at(5), y + at(15.5), {
      width: inner,
      height: at(20),
      ellipsis: true,
      lineGap: 0,
    });
  }
}

/** A key to the diagram's marks; each entry as wide as its words, so a longer language does not overlap. */
function drawLegend(flow: Flow, y: number, note: string): void {
  const { doc, tr } = flow;
  let x = flow.left;
  doc.font(flow.fonts.regular).fontSize(7.5);
  const entry = (
    key: 'spec.diagram.legend.required' | 'spec.diagram.legend.choice' | 'spec.diagram.legend.prerequisite',
    indent: number,
  ) => {
    const text = tr.t(key);
    doc.fillColor(colour.muted).text(text, x + indent, y + 3, { lineBreak: false });
    x += indent + doc.widthOfString(text) + 18;
  };
  doc
    .roundedRect(x, y + 2, 16, 9, 2)
    .lineWidth(0.9)
    .fillAndStroke(colour.accentSoft, colour.accent);
  entry('spec.diagram.legend.required', 21);
  doc
    .roundedRect(x, y + 2, 16, 9, 2)
    .lineWidth(0.8)
    .dash(2, { space: 1.5 })
    .fillAndStroke('#ffffff', colour.accent);
  doc.undash();
  entry('spec.diagram.legend.choice', 21);
  doc
    .moveTo(x, y + 6.5)
    .lineTo(x + 14, y + 6.5)
    .lineWidth(0.9)
    .strokeColor(colour.muted)
    .stroke();
  doc
    .moveTo(x + 18, y + 6.5)
    .lineTo(x + 13, y + 3.5)
    .lineTo(x + 13, y + 9.5)
    .closePath()
    .fill(colour.muted);
  entry('spec.diagram.legend.prerequisite', 23);
  doc.text(note, flow.left, y + 3, { width: flow.width, align: 'right', lineBreak: false });
}

/** Draws the pathway on the current page and as many further landscape pages as it needs. */
export function drawPathwayDiagram(flow: Flow, diagram: PathwayDiagram<string>): void {
  const { doc } = flow;
  if (diagram.stages.length === 0) {
    doc.font(flow.fonts.regular).fontSize(theme.size.body).fillColor(colour.muted);
    doc.text(flow.tr.t('spec.diagram.noStages'), flow.left, doc.y, { width: flow.width });
    return;
  }
  const top = doc.y;
  const height = flow.bottom - top - LEGEND_HEIGHT;
  const pages = layoutDiagram(diagram, flow.width, height);
  pages.forEach((page, index) => {
    if (index > 0) flow.newPage('landscape');
    const y = index > 0 ? flow.top : top;
    const areaHeight = flow.bottom - y - LEGEND_HEIGHT;
    drawPage(flow, page, flow.left, y, areaHeight);
    const { columns, row, rows } = page.part;
    const part = { page: index + 1, pages: pages.length, from: columns[0] + 1, to: columns[1] + 1 };
    const split =
      pages.length === 1
        ? ''
        : rows > 1
          ? flow.tr.t('spec.diagram.part.rows', { ...part, row: row + 1, rows })
          : flow.tr.t('spec.diagram.part', part);
    drawLegend(flow, flow.bottom - LEGEND_HEIGHT + 8, split);
  });
  doc.x = flow.left;
  doc.y = flow.bottom;
}
