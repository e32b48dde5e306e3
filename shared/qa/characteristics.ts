/** The QA characteristics rules serve, in the order the QA panel and reports list them (titles: `qa.characteristic.<id>`). */
export const characteristicIds = [
  'admission',
  'course-design',
  'learning-outcomes',
  'credit-and-level',
  'certification',
  'quality-assurance',
  'stackability',
  'eu-mandatory-element',
  'eu-optional-element',
  'eu-principle',
  'pathway-structure',
  'institutional',
] as const;

export type CharacteristicId = (typeof characteristicIds)[number];
