/** The JSON-LD contexts Stackwise writes, in the order Open Badges 3.0 requires. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3P0_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Stackwise's extension for the EU Annex I elements OB 3.0 has no property for (resources/contexts/). */
export const STACKWISE_EU_CONTEXT = 'https://stackwise.app/contexts/eu-microcredential-v1.jsonld';

export const ACHIEVEMENT_CONTEXT = [VC_V2_CONTEXT, OB_V3P0_CONTEXT, STACKWISE_EU_CONTEXT] as const;
export const CREDENTIAL_CONTEXT = [VC_V2_CONTEXT, OB_V3P0_CONTEXT] as const;
