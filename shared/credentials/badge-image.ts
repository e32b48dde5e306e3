import type { moduleCategories } from '../schemas/module';

type Category = (typeof moduleCategories)[number];

/** One colour per module category, so badges of a category look alike in a learner's backpack. */
export const categoryColours: Record<Category | 'award', string> = {
  'digital-teaching-tools': '#1f6feb',
  'inclusive-education': '#8250df',
  'instructional-design': '#0a7d6c',
  assessment: '#bc4c00',
  'social-emotional-learning': '#bf3989',
  'leadership-and-coaching': '#6e5300',
  'stem-education': '#116329',
  'data-literacy': '#0550ae',
  award: '#24292f',
};
const UNCATEGORISED = '#57606a';

export interface BadgeImageInput {
  title: string;
  category?: Category | 'award';
  /** The small line above the title ("Micro-credential", "Certificate"), in the badge's language. */
  kind: string;
  /** The line under the title (level and credit), in the badge's language; empty for none. */
  footer: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Splits a title into at most `maxLines` lines of about `width` characters, ending with … if cut. */
export function wrapTitle(title: string, width = 22, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]?.slice(0, width - 1)}…`;
  return kept;
}

/** A square SVG badge: the kind, the title, the level and the credits, coloured by category. */
export function badgeSvg(input: BadgeImageInput): string {
  const colour = input.category ? categoryColours[input.category] : UNCATEGORISED;
  const lines = wrapTitle(input.title);
  const firstY = 200 - (lines.length - 1) * 17;
  const title = lines.map((l, i) => `<tspan x="200" y="${firstY + i * 34}">${escapeXml(l)}</tspan>`).join('');
  const { footer } = input;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img">',
    `<title>${escapeXml(input.title)}</title>`,
    `<circle cx="200" cy="200" r="190" fill="${colour}"/>`,
    '<circle cx="200" cy="200" r="170" fill="none" stroke="#ffffff" stroke-width="4" opacity="0.6"/>',
    `<text x="200" y="110" fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-size="20" text-anchor="middle">${escapeXml(input.kind.toUpperCase())}</text>`,
    `<text fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-size="28" font-weight="bold" text-anchor="middle">${title}</text>`,
    footer
      ? `<text x="200" y="305" fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-size="22" text-anchor="middle">${escapeXml(footer)}</text>`
      : '',
    '</svg>',
  ].join('');
}

/** The SVG as a data: URI (base64 of its UTF-8 bytes), so the image travels inside the definition. */
export function svgDataUri(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
