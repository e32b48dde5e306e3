/** The QA characteristics rules serve, in the order the QA panel and reports list them. */
export const characteristics = [
  { id: 'admission', title: 'Admission and access' },
  { id: 'course-design', title: 'Course design' },
  { id: 'learning-outcomes', title: 'Learning outcomes and skills' },
  { id: 'credit-and-level', title: 'Credit and level' },
  { id: 'certification', title: 'Certification' },
  { id: 'quality-assurance', title: 'Quality assurance' },
  { id: 'stackability', title: 'Stackability' },
  { id: 'eu-mandatory-element', title: 'EU mandatory elements' },
  { id: 'eu-optional-element', title: 'EU optional elements' },
  { id: 'eu-principle', title: 'EU principles' },
  { id: 'pathway-structure', title: 'Pathway structure' },
  { id: 'institutional', title: 'Institutional rules' },
] as const;

export type CharacteristicId = (typeof characteristics)[number]['id'];

export function characteristicTitle(id: CharacteristicId): string {
  return characteristics.find((c) => c.id === id)?.title ?? id;
}
