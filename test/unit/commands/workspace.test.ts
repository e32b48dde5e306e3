import { renameWorkspace } from '@shared/commands/workspace';
import { describe, expect, it } from 'vitest';
import { workspaceWith } from '../../fixtures/builders';
import { refusal } from '../refusal';

describe('renameWorkspace', () => {
  it('trims the new title, and keeps the same object when nothing changes', () => {
    const ws = workspaceWith([]);
    expect(renameWorkspace(ws, '  Faculty of Education 2027 ').title).toBe('Faculty of Education 2027');
    expect(renameWorkspace(ws, ws.title)).toBe(ws);
  });

  it('refuses an empty or too long title as field.invalid on the title', () => {
    expect(refusal(() => renameWorkspace(workspaceWith([]), '  '))).toMatchObject({
      code: 'field.invalid',
      field: 'title',
      message: 'Workspace title is required',
    });
    expect(refusal(() => renameWorkspace(workspaceWith([]), 'x'.repeat(201)))).toMatchObject({
      code: 'field.invalid',
      params: { issue: 'too_big', maximum: 200 },
      message: 'Workspace title must be at most 200 characters',
    });
  });
});
