/**
 * How shared code that writes a document's text (a badge's criteria, an endorsement's comment) gets its
 * words without holding any: it asks for a catalogue key with values, and the caller answers from the
 * catalogue of the document's language. Keys are checked by a test that builds the sample's badges.
 */
export type Say = (key: string, values?: Record<string, string | number>) => string;
