import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import accessibility from './hsds-3.0/schema/accessibility.json' with { type: 'json' };
import address from './hsds-3.0/schema/address.json' with { type: 'json' };
import attribute from './hsds-3.0/schema/attribute.json' with { type: 'json' };
import contact from './hsds-3.0/schema/contact.json' with { type: 'json' };
import costOption from './hsds-3.0/schema/cost_option.json' with { type: 'json' };
import funding from './hsds-3.0/schema/funding.json' with { type: 'json' };
import language from './hsds-3.0/schema/language.json' with { type: 'json' };
import location from './hsds-3.0/schema/location.json' with { type: 'json' };
import metadata from './hsds-3.0/schema/metadata.json' with { type: 'json' };
import organization from './hsds-3.0/schema/organization.json' with { type: 'json' };
import organizationIdentifier from './hsds-3.0/schema/organization_identifier.json' with {
  type: 'json',
};
import phone from './hsds-3.0/schema/phone.json' with { type: 'json' };
import program from './hsds-3.0/schema/program.json' with { type: 'json' };
import requiredDocument from './hsds-3.0/schema/required_document.json' with { type: 'json' };
import schedule from './hsds-3.0/schema/schedule.json' with { type: 'json' };
import service from './hsds-3.0/schema/service.json' with { type: 'json' };
import serviceArea from './hsds-3.0/schema/service_area.json' with { type: 'json' };
import serviceAtLocation from './hsds-3.0/schema/service_at_location.json' with { type: 'json' };
import taxonomy from './hsds-3.0/schema/taxonomy.json' with { type: 'json' };
import taxonomyTerm from './hsds-3.0/schema/taxonomy_term.json' with { type: 'json' };

const SCHEMAS = {
  'accessibility.json': accessibility,
  'address.json': address,
  'attribute.json': attribute,
  'contact.json': contact,
  'cost_option.json': costOption,
  'funding.json': funding,
  'language.json': language,
  'location.json': location,
  'metadata.json': metadata,
  'organization.json': organization,
  'organization_identifier.json': organizationIdentifier,
  'phone.json': phone,
  'program.json': program,
  'required_document.json': requiredDocument,
  'schedule.json': schedule,
  'service.json': service,
  'service_area.json': serviceArea,
  'service_at_location.json': serviceAtLocation,
  'taxonomy.json': taxonomy,
  'taxonomy_term.json': taxonomyTerm,
};

/**
 * The HSDS files carry no `$schema`; HSDS 3.0 is written for JSON Schema 2020-12. Besides the
 * standard keywords they hold the Frictionless Data Package annotations of the CSV form
 * (`constraints`, `core`, `datapackage_metadata`, …), declared here as annotations so strict
 * mode still catches a typo in a keyword that validates.
 */
const ANNOTATIONS = [
  'name',
  'path',
  'datapackage_metadata',
  'datapackage_type',
  'tabular_required',
  'constraints',
  'example',
  'core',
  'order',
];

// ajv-formats is CommonJS; its function is the default export's default under Node's ESM.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(ANNOTATIONS);
for (const [id, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, id);

const validators = {
  organization: ajv.getSchema('organization.json'),
  service: ajv.getSchema('service.json'),
};

export interface HsdsProblem {
  /** JSON Pointer into the object checked, '' for the object itself. */
  readonly at: string;
  /** The JSON Schema keyword that failed: required, format, type, enum, … */
  readonly rule: string;
}

/** What is wrong with an object against the HSDS 3.0 schema of its kind, or nothing. */
export function hsdsProblems(kind: keyof typeof validators, value: unknown): HsdsProblem[] {
  const validate = validators[kind];
  if (!validate) throw new Error(`HSDS schema ${kind} not loaded`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    at:
      error.keyword === 'required'
        ? `${error.instancePath}/${String(error.params.missingProperty)}`
        : error.instancePath,
    rule: error.keyword,
  }));
}
