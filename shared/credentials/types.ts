/** The Open Badges 3.0 shapes Stackwise writes (the subset it fills in), as plain JSON. */

export interface ObImage {
  id: string;
  type: 'Image';
  caption?: string;
}

export interface ObAddress {
  type: ['Address'];
  addressCountryCode: string;
  addressRegion?: string;
}

export interface ObProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  email?: string;
  description?: string;
  image?: ObImage;
  address?: ObAddress;
  parentOrg?: { id: string; type: ['Profile']; name: string };
}

export interface ObAlignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetType?: string;
  targetFramework?: string;
  targetCode?: string;
}

export interface ObRelated {
  id: string;
  type: ['Related'];
  version?: string;
  inLanguage?: string;
}

export interface ObResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: string;
}

/** The EU Annex I elements carried by the Stackwise extension context (STACKWISE_EU_CONTEXT). */
export interface EuMicroCredentialTerms {
  formOfParticipation?: string;
  assessmentType?: string;
  assessmentSupervision?: string;
  identityVerification?: string;
  qualityAssuranceType?: string;
  qualityAssuranceDescription?: string;
  qualificationFramework?: string;
  qualificationFrameworkName?: string;
  qualificationLevel?: number;
  creditSystem?: string;
  notionalWorkloadHours?: number;
  entryRequirements?: string;
  recognitionOfPriorLearning?: string;
  stackableTowards?: string[];
}

export interface ObAchievement extends EuMicroCredentialTerms {
  '@context': readonly string[];
  id: string;
  type: ['Achievement'];
  achievementType: string;
  name: string;
  description: string;
  criteria: { narrative: string };
  creator: ObProfile;
  humanCode: string;
  inLanguage: string;
  version: string;
  image: ObImage;
  creditsAvailable?: number;
  fieldOfStudy?: string;
  alignment?: ObAlignment[];
  related?: ObRelated[];
  resultDescription?: ObResultDescription[];
  tag?: string[];
}

export interface ObRelatedResource {
  id: string;
  mediaType: string;
  digestSRI: string;
}

export interface ObEndorsementCredential {
  '@context': readonly string[];
  id: string;
  type: ['VerifiableCredential', 'EndorsementCredential'];
  name: string;
  issuer: ObProfile;
  validFrom: string;
  credentialSubject: { id: string; type: ['EndorsementSubject']; endorsementComment: string };
  relatedResource: ObRelatedResource[];
}
