/** Stackwise's JSON-LD context for the terms of a package manifest (resources/contexts/stackwise-package-v1.jsonld). */
export const STACKWISE_PACKAGE_CONTEXT = 'https://stackwise.app/contexts/package-v1.jsonld';
