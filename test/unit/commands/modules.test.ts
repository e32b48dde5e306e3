import { createModule, deleteModule, updateModule } from '@shared/commands/modules';
import { nextModuleCode } from '@shared/domain/module';
import { describe, expect, it } from 'vitest';
import { fullModule, NOW, workspaceWith } from '../../fixtures/builders';
import { refusal } from '../refusal';

describe('module commands', () => {
  it('creates a module without touching the workspace it was given', () => {
    const before = workspaceWith([]);
    const after = createModule(before, fullModule());
    expect(after.modules.map((m) => m.code)).toEqual(['TE-PBL-01']);
    expect(before.modules).toEqual([]);
  });

  it('refuses a second module with the same code, naming the field', () => {
    const workspace = workspaceWith();
    expect(() => createModule(workspace, fullModule({ id: 'other' }))).toThrowError(
      expect.objectContaining({ code: 'module.duplicate-code', field: 'code' }),
    );
  });

  it('updates by id and stamps updatedAt', () => {
    const later = '2026-11-24T10:00:00.000Z';
    const after = updateModule(workspaceWith(), fullModule({ title: 'Renamed' }), later);
    expect(after.modules[0]).toMatchObject({ title: 'Renamed', updatedAt: later, createdAt: NOW });
  });

  it('refuses to update a module that does not exist', () => {
    expect(refusal(() => updateModule(workspaceWith([]), fullModule(), NOW))).toMatchObject({
      code: 'module.not-found',
      field: 'id',
      message: 'Module mod-pbl does not exist',
    });
  });

  it('refuses a title past its limit and an issuer the workspace lacks, naming the field', () => {
    expect(
      refusal(() => createModule(workspaceWith([]), fullModule({ title: 'x'.repeat(201) }))),
    ).toMatchObject({
      code: 'field.invalid',
      field: 'title',
      params: { issue: 'too_big', maximum: 200 },
    });
    expect(
      refusal(() => updateModule(workspaceWith(), fullModule({ issuerId: 'nobody' }), NOW)),
    ).toMatchObject({
      code: 'issuer.not-found',
      field: 'issuerId',
    });
  });

  it('deletes a module and every reference to it in pathways', () => {
    const a = fullModule();
    const b = fullModule({ id: 'mod-b', code: 'B' });
    const workspace = {
      ...workspaceWith([a, b]),
      pathways: [
        {
          id: 'p',
          title: 'P',
          description: '',
          award: { title: 'Award', type: 'certificate' as const },
          stages: [
            {
              id: 's',
              title: 'S',
              items: [
                { kind: 'module' as const, moduleId: a.id },
                { kind: 'choice' as const, id: 'g', title: '', choose: 1, moduleIds: [a.id, b.id] },
              ],
            },
          ],
          prerequisites: [{ before: a.id, after: b.id }],
          version: '1.0.0',
          status: 'draft' as const,
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
    };
    const after = deleteModule(workspace, a.id);
    expect(after.modules.map((m) => m.id)).toEqual([b.id]);
    expect(after.pathways[0]?.stages[0]?.items).toEqual([
      { kind: 'choice', id: 'g', title: '', choose: 1, moduleIds: [b.id] },
    ]);
    expect(after.pathways[0]?.prerequisites).toEqual([]);
  });

  it('suggests the next free module code', () => {
    expect(nextModuleCode([])).toBe('MC-01');
    expect(nextModuleCode([{ code: 'MC-02' }, { code: 'X' }])).toBe('MC-03');
    expect(nextModuleCode([{ code: 'MC-01' }])).toBe('MC-02');
  });
});
