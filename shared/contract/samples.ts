/**
 * The sample workspaces Stackwise ships, each in resources/samples/<id>.json. The first is the one
 * opened when none is named (the English teacher-education sample).
 */
export const sampleIds = ['teacher-education', 'digital-competence-kk'] as const;
export type SampleId = (typeof sampleIds)[number];

export const defaultSample: SampleId = sampleIds[0];

/** The file name of a sample: the same in resources/samples/ and in the data folder's samples/. */
export function sampleFileName(sample: SampleId): string {
  return `${sample}.json`;
}
