import { renameWorkspace } from '@shared/commands/workspace';
import { describe, expect, it } from 'vitest';
import { workspaceWith } from '../../fixtures/builders';

describe('renameWorkspace', () => {
  it('trims the new title, and keeps the same object when nothing changes', () => {
    const ws = workspaceWith([]);
    expect(renameWorkspace(ws, '  Faculty of Education 2027 ').title).toBe('Faculty of Education 2027');
    expect(renameWorkspace(ws, ws.title)).toBe(ws);
  });

  it('refuses an empty title with the schema’s message', () => {
    expect(() => renameWorkspace(workspaceWith([]), '  ')).toThrow('Workspace title is required');
  });
});
