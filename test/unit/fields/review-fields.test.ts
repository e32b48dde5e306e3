import { reviewableFields } from '@shared/domain/review';
import { moduleFieldTable } from '@shared/fields';
import { describe, expect, it } from 'vitest';

describe('review comments, a view of the field table', () => {
  it('lets a comment be pinned to every module field but its status', () => {
    expect(reviewableFields.map((f) => f.path)).toEqual(
      moduleFieldTable.map((f) => f.path).filter((path) => path !== 'status'),
    );
    expect(reviewableFields.find((f) => f.path === 'issuerId')?.labelKey).toBe('fields.module.issuerId');
  });
});
