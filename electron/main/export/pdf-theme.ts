/** The typographic and colour decisions of the programme specification, in one place. */
export const theme = {
  page: { size: 'A4' as const, margins: { top: 66, bottom: 62, left: 58, right: 58 } },
  size: { body: 9.5, small: 8, tiny: 7, heading: 11.5, section: 17, cover: 28 },
  lineGap: 1.6,
  colour: {
    ink: '#1f2933',
    muted: '#5f6b7a',
    accent: '#1d4e89',
    accentSoft: '#e8eff7',
    rule: '#c9d1da',
    zebra: '#f6f8fa',
    attention: '#fbe9e7',
    attentionInk: '#a3261b',
    approved: '#2d6a3e',
    pending: '#8a5a00',
  },
};
