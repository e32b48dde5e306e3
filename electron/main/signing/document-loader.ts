import { readFileSync } from 'node:fs';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { OB_V3P0_CONTEXT, STACKWISE_EU_CONTEXT, VC_V2_CONTEXT } from '@shared/credentials/contexts';
import { STACKWISE_PACKAGE_CONTEXT } from '../package/context';
import { resourcePath } from '../resources';

/** The contexts Stackwise ships in resources/contexts/, by the exact URL documents name them with. */
export const bundledContextFiles: Readonly<Record<string, string>> = {
  [VC_V2_CONTEXT]: 'credentials-v2.jsonld',
  [OB_V3P0_CONTEXT]: 'ob-v3p0-context-3.0.3.json',
  [STACKWISE_EU_CONTEXT]: 'stackwise-eu-microcredential-v1.jsonld',
  [STACKWISE_PACKAGE_CONTEXT]: 'stackwise-package-v1.jsonld',
};

/** A document the offline loader was asked for and does not have; nothing is ever fetched. */
export class OfflineDocumentError extends Error {
  readonly code = 'signing.document-unavailable';
  constructor(readonly url: string) {
    super(
      `Stackwise works offline and does not fetch ${url}: it is not one of the bundled JSON-LD contexts (${Object.keys(bundledContextFiles).join(', ')}) nor a key it can resolve`,
    );
    this.name = 'OfflineDocumentError';
  }
}

let contexts: Map<string, unknown> | undefined;

function bundledContexts(): Map<string, unknown> {
  contexts ??= new Map(
    Object.entries(bundledContextFiles).map(([url, file]) => [
      url,
      JSON.parse(readFileSync(resourcePath('contexts', file), 'utf8')),
    ]),
  );
  return contexts;
}

/**
 * A JSON-LD document loader that serves the bundled contexts and the given key documents (verification
 * methods resolved beforehand from a did:key or a controller document file), and refuses anything else.
 */
export function offlineDocumentLoader(documents: ReadonlyMap<string, unknown> = new Map()): DocumentLoader {
  return async (url: string) => {
    const document = bundledContexts().get(url) ?? documents.get(url);
    if (document === undefined) throw new OfflineDocumentError(url);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
}

/** The offline refusal behind a JSON-LD error (jsonld wraps a loader's error in details.cause), if any. */
export function offlineRefusal(error: unknown): OfflineDocumentError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof OfflineDocumentError) return current;
    const next = current as { details?: { cause?: unknown }; cause?: unknown };
    current = next.details?.cause ?? next.cause;
  }
  return undefined;
}

/** A JSON-LD safe-mode refusal in words: which term or value, and why ("Safe mode validation error" alone says neither). */
export function describeJsonLdError(error: unknown): string {
  const refusal = offlineRefusal(error);
  if (refusal) return refusal.message;
  const event = (error as { details?: { event?: { message?: string; details?: Record<string, unknown> } } })
    .details?.event;
  if (!event?.message) return error instanceof Error ? error.message : String(error);
  const where = event.details?.property ?? event.details?.type ?? event.details?.value;
  return `${where !== undefined ? `${JSON.stringify(where)}: ` : ''}${event.message}`;
}
