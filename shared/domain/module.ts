import type { Module } from '../schemas/module';

/** A new draft module with only what the designer must type first. */
export function newModule(init: { id: string; code: string; title: string; now: string }): Module {
  return {
    id: init.id,
    code: init.code,
    title: init.title,
    summary: '',
    language: 'en',
    learningOutcomes: [],
    skills: [],
    assessment: { description: '', graded: false },
    evidenceRequirements: [],
    admission: { requirements: '', recognitionOfPriorLearning: '' },
    qaMechanism: { description: '' },
    certification: { description: '' },
    version: '1.0.0',
    status: 'draft',
    createdAt: init.now,
    updatedAt: init.now,
  };
}

/** The next free code of the form PREFIX-NN, for a module created from the library. */
export function nextModuleCode(existing: readonly Pick<Module, 'code'>[], prefix = 'MC'): string {
  const taken = new Set(existing.map((m) => m.code));
  for (let n = existing.length + 1; ; n++) {
    const code = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
}
