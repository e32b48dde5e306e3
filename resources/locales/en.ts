import type { Catalogue } from './catalogue';

/**
 * English words for every domain refusal. `{name}` is replaced by the refusal's param of that name;
 * `{count|one|other}` picks the singular or plural word by the number `count`. Keys are the refusal's code,
 * or its code and a variant (`describeDomainError` picks one), and `label.*` names what a value is.
 */
export const en: Catalogue = {
  'label.id': 'Id',
  'label.pathway.title': 'Pathway title',
  'label.award.title': 'Award title',
  'label.pathway.award.title': 'Award title',
  'label.pathway.description': 'Description',
  'label.stage.title': 'Stage title',
  'label.group.title': 'Choice group title',
  'label.group.choose': 'Number to choose',
  'label.workspace.title': 'Workspace title',
  'label.review.reviewer': 'Reviewer',
  'label.review.author': 'Author',
  'label.review.role': 'Role',
  'label.review.comment': 'Comment',
  'label.review.resolved-by': 'Resolved by',
  'label.qa-profile.version': 'Profile version',
  'label.value': 'This value',

  'field.invalid': '{label} is not valid',
  'field.invalid.required': '{label} is required',
  'field.invalid.too-short': '{label} must be at least {minimum} characters',
  'field.invalid.too-long': '{label} must be at most {maximum} characters',
  'field.invalid.too-small': '{label} must be at least {minimum}',
  'field.invalid.too-big': '{label} must be at most {maximum}',
  'field.invalid.too-few': '{label} needs at least {minimum} {minimum|item|items}',
  'field.invalid.too-many': '{label} can have at most {maximum} {maximum|item|items}',
  'field.invalid.not-text': '{label} must be text',
  'field.invalid.not-number': '{label} must be a number',
  'field.invalid.not-whole': '{label} must be a whole number',
  'field.invalid.not-date': '{label} must be a date and time (ISO 8601)',
  'field.invalid.not-web-address': '{label} must be a web address starting with http:// or https://',
  'field.invalid.not-email': '{label} must be an email address',
  'field.invalid.not-allowed-value': '{label} is not one of the allowed values',
  'field.invalid.id': 'Id may use only letters, digits, dash and underscore (at most 64)',

  'module.not-found': 'Module {id} does not exist',
  'module.duplicate-code': 'Code {code} is already used by “{title}”',
  'module.duplicate-id': 'A module with id {id} already exists',
  'issuer.not-found': 'Issuer {id} does not exist',
  'issuer.duplicate-id': 'An issuer with id {id} already exists',

  'pathway.not-found': 'Pathway {id} does not exist',
  'pathway.duplicate-id': 'Id {id} is already used by a stage or choice group',
  'pathway.duplicate-id.pathway': 'A pathway with id {id} already exists',
  'pathway.duplicate-id.stages': 'The two stages need different ids, not {id} twice',
  'pathway.stage-not-found': 'Stage {id} is not in this pathway',
  'pathway.module-not-found': 'Module {id} does not exist in this workspace, so “{pathway}” cannot use it',
  'pathway.group-not-found': 'Choice group {id} is not in this pathway',
  'pathway.group-not-found.stage': 'Choice group {id} is not in stage “{stage}”',
  'pathway.not-in-pathway': 'Module {module} is not in this pathway',
  'pathway.not-in-pathway.linking':
    'Module {module} is not in this pathway; add it to a stage before linking it',
  'pathway.cycle':
    '{before} cannot come before {after}: {after} already leads to {before}, which would make a cycle {cycle}',
  'pathway.self-prerequisite': 'Module {module} cannot be a prerequisite of itself',
  'pathway.duplicate-prerequisite': '{before} is already a prerequisite of {after}',
  'pathway.prerequisite-not-found': '{before} is not a prerequisite of {after} in this pathway',
  'pathway.choose-out-of-range': 'The number to choose must be a whole number from 1 to {max}, not {value}',
  'pathway.choose-out-of-range.titled':
    '“{group}” holds {holds} {holds|module|modules}, so the number to choose must be a whole number from 1 to {holds}, not {value}',
  'pathway.choose-out-of-range.untitled':
    'Choice group {groupId} holds {holds} {holds|module|modules}, so the number to choose must be a whole number from 1 to {holds}, not {value}',

  'review.pathway-not-found': 'Pathway {id} does not exist',
  'review.not-allowed': '“{pathway}” cannot take that step now',
  'review.not-allowed.approved':
    'Version {version} of “{pathway}” is approved and frozen; edit the design to start a new version',
  'review.not-allowed.in-review': '“{pathway}” is already in review',
  'review.not-allowed.draft.approve':
    '“{pathway}” is a draft that was never submitted for review; submit it before approving',
  'review.not-allowed.draft.request-changes':
    '“{pathway}” is a draft that was never submitted for review; there is nothing to request changes on',
  'review.not-allowed.changes-requested.approve':
    'Changes were requested on “{pathway}”; the designer must submit it again before it can be approved',
  'review.not-allowed.changes-requested.request-changes':
    'Changes have already been requested on “{pathway}”; wait until the designer submits it again',
  'review.errors-remain':
    '“{pathway}” cannot be approved: {count} QA {count|error|errors} must be fixed before approval',
  'review.errors-remain.short': '{count} QA {count|error|errors} must be fixed before approval',
  'review.name-required': 'Your name is required',
  'review.name-required.submit': 'Your name is required to submit for review',
  'review.name-required.decide': 'Your name is required to record a decision',
  'review.name-required.approve': 'Your name is required to approve',
  'review.name-required.comment': 'Your name is required to comment',
  'review.role-required': 'Your role is required to approve (the capacity you approve in, e.g. QA officer)',
  'review.comment-required': 'Comment is required',
  'review.module-not-in-pathway': 'Module {id} is not part of “{pathway}”; comment on one of its modules',
  'review.unknown-field': 'Field {path} is not a field of a module',
  'review.comment-not-found': 'Comment {id} does not exist',
  'review.content-changed': '“{pathway}” changed while it was being approved; approve it again',
  'review.invalid-hash': 'Content hash must be a SHA-256 digest in hex (64 characters 0-9, a-f)',

  'qa.unknown-pathway': 'Pathway {id} is not in this workspace',
  'credentials.no-issuer':
    'The workspace has no issuer profile: add the awarding body before exporting badge definitions',
  'credentials.unknown-pathway': 'The workspace has no pathway {id} (it has: {known})',
  'credentials.unknown-pathway.none': 'The workspace has no pathway {id} (it has: none)',
  'credentials.unknown-issuer': 'Module {module} names issuer {issuer}, which does not exist',
};
