import type { Translator } from '@locales/translate';

/**
 * What the window would lose if it closed now, as the renderer last reported it (a failed save, values
 * typed that do not validate yet), in the language shown. The close dialog names them; the renderer alone
 * knows its drafts.
 */
export class UnsavedWork {
  private current: readonly string[] = [];

  set(items: readonly string[]): void {
    this.current = [...items];
  }

  get items(): readonly string[] {
    return this.current;
  }
}

/** The close dialog's words: what would be lost, then the choice. Button 0 stays, button 1 leaves. */
export function closingDialog(
  items: readonly string[],
  tr: Translator,
): { buttons: string[]; title: string; message: string; detail: string } {
  const listed = items.map((item) => tr.t('app.close.item', { item }));
  const choice = tr.t('app.close.choice', { count: items.length });
  return {
    buttons: [tr.t('app.close.stay'), tr.t('app.close.leave')],
    title: tr.t('app.close.title'),
    message: tr.t('app.close.message'),
    detail: listed.length === 0 ? choice : `${listed.join('\n')}\n\n${choice}`,
  };
}
