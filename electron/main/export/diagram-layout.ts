import type { DiagramBox, PathwayDiagram } from '@shared/spec/model';

/** Sizes at scale 1, in PDF points. */
export const diagramMetrics = {
  stageHeader: 34,
  box: 40,
  boxGap: 7,
  groupHeader: 15,
  groupPad: 5,
  columnGap: 30,
  maxColumnsPerPage: 5,
  /** Below this scale the small print stops being legible; the diagram splits over pages instead. */
  minScale: 0.72,
};

export interface PlacedBox {
  box: DiagramBox<string>;
  inGroup: boolean;
  /** The column on its page, counted from 0. */
  column: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedGroup {
  /** "2 of 4" and the group's own title, if it has one. */
  rule: string;
  title: string;
  continued: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramPage {
  scale: number;
  stages: { title: string; credit: string | null; x: number; w: number }[];
  boxes: PlacedBox[];
  groups: PlacedGroup[];
  edges: { from: PlacedBox; to: PlacedBox }[];
  /** Which stages and which vertical part of them this page shows, when the diagram is split. */
  part: { columns: [number, number]; row: number; rows: number };
}

/**
 * Places stages, boxes and choice groups in an area `width` × `height` (points, origin top left).
 * The whole pathway goes on one page, scaled down as far as `minScale`; beyond that, stages split
 * across pages by columns and then by rows, so a box is never drawn smaller than legible.
 */
export function layoutDiagram(diagram: PathwayDiagram<string>, width: number, height: number): DiagramPage[] {
  const m = diagramMetrics;
  const columnChunks: number[][] = [];
  for (let i = 0; i < diagram.stages.length; i += m.maxColumnsPerPage) {
    columnChunks.push(diagram.stages.slice(i, i + m.maxColumnsPerPage).map((_, j) => i + j));
  }
  if (columnChunks.length === 0) columnChunks.push([]);

  const itemsHeight = (stageIndex: number) =>
    (diagram.stages[stageIndex]?.items ?? []).reduce(
      (sum, item) =>
        sum +
        (item.kind === 'module'
          ? m.box + m.boxGap
          : m.groupHeader + 2 * m.groupPad + item.boxes.length * (m.box + m.boxGap)),
      0,
    );
  const tallest = Math.max(0, ...diagram.stages.map((_, i) => itemsHeight(i)));
  const fitScale = Math.min(1, height / (m.stageHeader + tallest));
  const scale = fitScale >= m.minScale ? fitScale : 1;

  const pages: DiagramPage[] = [];
  for (const chunk of columnChunks) {
    const unitsWide = width / scale;
    const unitsHigh = height / scale;
    const columnWidth = (unitsWide - (chunk.length - 1) * m.columnGap) / Math.max(1, chunk.length);
    const limit = unitsHigh - m.stageHeader;
    const rowsOfChunk: { boxes: PlacedBox[]; groups: PlacedGroup[] }[] = [];
    const rowAt = (row: number) => {
      while (rowsOfChunk.length <= row) rowsOfChunk.push({ boxes: [], groups: [] });
      return rowsOfChunk[row] as { boxes: PlacedBox[]; groups: PlacedGroup[] };
    };
    chunk.forEach((stageIndex, c) => {
      const x = c * (columnWidth + m.columnGap);
      let row = 0;
      let y = 0;
      rowAt(0);
      for (const item of diagram.stages[stageIndex]?.items ?? []) {
        if (item.kind === 'module') {
          if (y > 0 && y + m.box > limit) {
            row++;
            y = 0;
          }
          rowAt(row).boxes.push({
            box: item.box,
            inGroup: false,
            column: c,
            x,
            y: m.stageHeader + y,
            w: columnWidth,
            h: m.box,
          });
          y += m.box + m.boxGap;
          continue;
        }
        const whole = m.groupHeader + 2 * m.groupPad + item.boxes.length * (m.box + m.boxGap) - m.boxGap;
        // Move a group that would fit on a fresh page rather than cut it.
        if (y > 0 && y + whole > limit && whole <= limit) {
          row++;
          y = 0;
        }
        let pending = [...item.boxes];
        let continued = false;
        do {
          if (y > 0 && y + m.groupHeader + 2 * m.groupPad + m.box > limit) {
            row++;
            y = 0;
          }
          const fits = Math.max(
            1,
            Math.floor((limit - y - m.groupHeader - 2 * m.groupPad + m.boxGap) / (m.box + m.boxGap)),
          );
          const part = pending.slice(0, fits);
          pending = pending.slice(fits);
          const top = m.stageHeader + y;
          const h = m.groupHeader + 2 * m.groupPad + Math.max(0, part.length * (m.box + m.boxGap) - m.boxGap);
          const target = rowAt(row);
          target.groups.push({
            rule: item.rule,
            title: item.title,
            continued,
            x,
            y: top,
            w: columnWidth,
            h,
          });
          part.forEach((box, k) => {
            target.boxes.push({
              box,
              inGroup: true,
              column: c,
              x: x + m.groupPad,
              y: top + m.groupHeader + m.groupPad + k * (m.box + m.boxGap),
              w: columnWidth - 2 * m.groupPad,
              h: m.box,
            });
          });
          y += h + m.boxGap;
          continued = true;
        } while (pending.length > 0);
      }
    });
    rowsOfChunk.forEach((content, row) => {
      const byModule = new Map(content.boxes.map((b) => [b.box.moduleId, b]));
      pages.push({
        scale,
        stages: chunk.map((stageIndex, c) => ({
          title: diagram.stages[stageIndex]?.title ?? '',
          credit: diagram.stages[stageIndex]?.credit ?? null,
          x: c * (columnWidth + m.columnGap),
          w: columnWidth,
        })),
        boxes: content.boxes,
        groups: content.groups,
        edges: diagram.edges.flatMap(({ before, after }) => {
          const from = byModule.get(before);
          const to = byModule.get(after);
          return from && to ? [{ from, to }] : [];
        }),
        part: {
          columns: [chunk[0] ?? 0, chunk.at(-1) ?? 0],
          row,
          rows: rowsOfChunk.length,
        },
      });
    });
  }
  return pages;
}
