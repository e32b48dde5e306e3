import { translator } from '@locales/translate';
import { buildSpecification } from '@shared/spec/build';
import type { PathwayDiagram } from '@shared/spec/model';
import { describe, expect, it } from 'vitest';
import { diagramMetrics, layoutDiagram, type PlacedBox } from '../../electron/main/export/diagram-layout';
import { wordSpecification } from '../../electron/main/export/spec-words';
import { englishWorkspace } from '../fixtures/spec/english';
import { largePathwayWorkspace } from '../fixtures/spec/large-pathway';

/** Landscape A4 less margins, title and legend: the area the renderer gives the diagram. */
const WIDTH = 726;
const HEIGHT = 380;

function diagramOf(workspace = englishWorkspace, pathwayId = 'pw-die'): PathwayDiagram<string> {
  const built = buildSpecification(workspace, pathwayId, { generatedAt: '2026-11-23T10:00:00.000Z' });
  if (!built.ok) throw new Error(built.code);
  const spec = wordSpecification(built.specification, translator('en'));
  const structure = spec.sections.find((s) => s.id === 'structure');
  const block = structure?.blocks.find((b) => b.kind === 'diagram');
  if (block?.kind !== 'diagram') throw new Error('no diagram');
  return block.diagram;
}

const overlaps = (a: PlacedBox, b: PlacedBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function expectLegible(diagram: PathwayDiagram<string>, moduleCount: number) {
  const pages = layoutDiagram(diagram, WIDTH, HEIGHT);
  const placed = pages.flatMap((page) => page.boxes.map((b) => b.box.moduleId));
  expect(placed).toHaveLength(moduleCount);
  expect(new Set(placed).size).toBe(moduleCount);
  for (const page of pages) {
    expect(page.scale).toBeGreaterThanOrEqual(diagramMetrics.minScale);
    for (const box of page.boxes) {
      expect(box.x * page.scale).toBeGreaterThanOrEqual(0);
      expect((box.x + box.w) * page.scale).toBeLessThanOrEqual(WIDTH + 0.01);
      expect((box.y + box.h) * page.scale).toBeLessThanOrEqual(HEIGHT + 0.01);
      for (const other of page.boxes) if (other !== box) expect(overlaps(box, other)).toBe(false);
    }
    for (const group of page.groups)
      expect((group.y + group.h) * page.scale).toBeLessThanOrEqual(HEIGHT + 0.01);
  }
  return pages;
}

describe('the pathway diagram layout', () => {
  it('draws a small pathway at full size on one page, with its prerequisite arrows', () => {
    const [page, ...more] = expectLegible(diagramOf(), 7);
    expect(more).toHaveLength(0);
    expect(page?.scale).toBe(1);
    expect(page?.stages.map((s) => s.title)).toEqual(['Foundations', 'Practice', 'Capstone']);
    expect(page?.groups.map((g) => [g.rule, g.title])).toEqual([['2 of 4', 'Classroom practice electives']]);
    expect(page?.edges.map((e) => `${e.from.box.code}→${e.to.box.code}`)).toEqual([
      'DIE-102→DIE-204',
      'DIE-101→DIE-202',
      'DIE-102→DIE-301',
    ]);
  });

  it('scales a 30-module pathway onto one page while it stays legible', () => {
    const pages = expectLegible(diagramOf(largePathwayWorkspace(30, 4), 'pw-large'), 30);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.scale).toBeLessThan(1);
  });

  it('splits a long pathway over pages instead of shrinking it, continuing choice groups', () => {
    const pages = expectLegible(diagramOf(largePathwayWorkspace(100, 4), 'pw-large'), 100);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.part.rows === pages.length)).toBe(true);
    expect(pages.flatMap((p) => p.groups).some((g) => g.continued)).toBe(true);
    const edges = pages.flatMap((p) => p.edges);
    expect(edges.length).toBeGreaterThan(0);
  });

  it('puts at most five stages side by side', () => {
    const pages = expectLegible(diagramOf(largePathwayWorkspace(14, 7), 'pw-large'), 14);
    expect(pages.map((p) => p.part.columns)).toEqual([
      [0, 4],
      [5, 6],
    ]);
  });
});
