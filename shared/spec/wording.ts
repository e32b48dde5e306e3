/** "student-work-samples" → "Student work samples": the schema's enum values read as English labels. */
export function humanize(value: string): string {
  const words = value.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "A, B and C". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "uk" → "Ukrainian (uk)"; a tag Intl does not know stays as it is. */
export function languageLabel(tag: string): string {
  const name = languages.of(tag);
  return name && name !== tag ? `${name} (${tag})` : tag;
}
