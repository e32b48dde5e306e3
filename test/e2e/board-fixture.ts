import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeWorkspace } from '@shared/schemas/decode';
import type { Workspace } from '@shared/schemas/workspace';
import { fullModule, NOW, workspaceWith } from '../fixtures/builders';

const module = (id: string, code: string, title: string, credit: number) =>
  fullModule({ id, code, title, credit: { value: credit, system: 'ECTS' } });

/** Four modules; a pathway "STEM Foundations" with Inquiry in stage 1 and an empty stage 2. */
export function boardWorkspace(): Workspace {
  const base = workspaceWith([
    module('m-inquiry', 'STEM-01', 'Inquiry-Based Science Teaching', 5),
    module('m-coding', 'STEM-02', 'Computational Thinking in the Classroom', 5),
    module('m-maths', 'STEM-03', 'Mathematical Modelling with Data', 4),
    module('m-robots', 'STEM-04', 'Educational Robotics', 3),
  ]);
  return {
    ...base,
    pathways: [
      {
        id: 'p-stem',
        title: 'STEM Foundations',
        description: '',
        award: {
          title: 'STEM Foundations Certificate',
          type: 'certificate',
          credit: { value: 10, system: 'ECTS' },
        },
        stages: [
          { id: 's-1', title: 'Foundation', items: [{ kind: 'module', moduleId: 'm-inquiry' }] },
          { id: 's-2', title: 'Practice', items: [] },
        ],
        prerequisites: [],
        version: '1.0.0',
        status: 'draft',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ],
  };
}

export async function writeWorkspace(dataDir: string, workspace: Workspace): Promise<string> {
  const path = join(dataDir, 'workspace.json');
  await writeFile(path, encodeWorkspace(workspace));
  return path;
}
