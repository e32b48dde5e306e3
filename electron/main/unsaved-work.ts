/**
 * What the window would lose if it closed now, as the renderer last reported it (a failed save, values
 * typed that do not validate yet). The close dialog names them; the renderer alone knows its drafts.
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

/** The close dialog's detail: each thing that would be lost, then the choice. */
export function closingDetail(items: readonly string[]): string {
  const listed = items.length === 0 ? '' : `${items.map((item) => `• ${item}`).join('\n')}\n\n`;
  return `${listed}Stay to let Stackwise save (or to fix what it cannot save), or leave and lose ${items.length === 1 ? 'it' : 'them'}.`;
}
