import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalsUnder } from '../../support/user-visible-literals';

const root = join(import.meta.dirname, '../../..');

/**
 * Strings that look like words but are data a person does not read in the interface: kept here, each
 * with why, so a new one is a decision someone reviews.
 */
const notInterfaceText: { file: string; text: RegExp; why: string }[] = [];

const allowed = (literal: { file: string; text: string }) =>
  notInterfaceText.some((a) => literal.file === a.file && a.text.test(literal.text));

describe('every word a person reads comes from a catalogue', () => {
  it.each(['renderer/src', 'shared'])('%s holds no user-visible literal string', (folder) => {
    const found = literalsUnder(join(root, folder), root)
      .filter((l) => !allowed(l))
      .map((l) => `${l.file}:${l.line} ${l.where} ${JSON.stringify(l.text)}`);
    expect(found).toEqual([]);
  });
});
