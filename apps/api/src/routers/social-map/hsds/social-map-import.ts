import type { SocialMapSchedule } from '@tandem/db';
import type { SocialMapServiceKind } from '@tandem/domain';
import { type FieldError, fieldErrorsFromZod } from '../../../trpc/validation.ts';
import { ServiceFields } from '../social-map.schema.ts';
import { type HsdsProblem, hsdsProblems } from './hsds-validator.ts';
import { KIND_ATTRIBUTE } from './social-map-export.ts';

const MAX_SERVICES = 2000;
const BY_DAY = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d/;

/** A service of the directory as the social map would store it, keyed by its HSDS id. */
export interface HsdsServiceRow {
  readonly externalId: string;
  readonly fields: ServiceFields & {
    description: string;
    organizationName: string;
    schedules: SocialMapSchedule[];
  };
}

/** Why one service of the directory is refused. */
export type HsdsRefusal =
  | { readonly reason: 'schema'; readonly problems: readonly HsdsProblem[] }
  | { readonly reason: 'fields'; readonly fields: Record<string, FieldError> }
  | { readonly reason: 'duplicate' };

export interface HsdsReadRow {
  /** 1-based position of the organisation and of the service within it, for the report. */
  readonly organization: number;
  readonly service: number;
  readonly name: string;
  readonly externalId: string | null;
  readonly refused: HsdsRefusal | null;
  readonly row: HsdsServiceRow | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function kindOf(service: Json, defaultKind: SocialMapServiceKind): string {
  const attribute = objects(service.attributes).find((a) => a.link_type === KIND_ATTRIBUTE);
  return text(attribute?.value) ?? defaultKind;
}

function addressOf(service: Json, organization: Json): string | undefined {
  const locations = [
    ...objects(service.service_at_locations).map((sal) => sal.location),
    ...objects(organization.locations),
  ].filter(isObject);
  const address = locations.flatMap((l) => objects(l.addresses))[0];
  if (!address) return undefined;
  const city = [text(address.postal_code), text(address.city)].filter(Boolean).join(' ');
  return [text(address.address_1), text(address.address_2), city]
    .filter((line) => line !== undefined && line.trim() !== '')
    .join('\n');
}

/** Weekly opening hours only: what the social map shows; other recurrences are left out. */
function schedulesOf(service: Json): SocialMapSchedule[] {
  return objects(service.schedules)
    .filter((s) => s.freq === undefined || s.freq === 'WEEKLY')
    .map((s) => ({
      byDay: (text(s.byday) ?? '')
        .split(',')
        .map((d) => d.trim().toUpperCase())
        .filter((d) => BY_DAY.test(d)),
      opensAt: TIME.exec(text(s.opens_at) ?? '')?.[0] ?? null,
      closesAt: TIME.exec(text(s.closes_at) ?? '')?.[0] ?? null,
      description: text(s.description)?.slice(0, 500) ?? null,
    }))
    .filter((s) => s.byDay.length > 0);
}

function readService(
  organization: Json,
  service: Json,
  defaultKind: SocialMapServiceKind,
): { refused: HsdsRefusal } | { row: HsdsServiceRow } {
  const problems = hsdsProblems('service', service);
  if (problems.length > 0) return { refused: { reason: 'schema', problems } };
  const parsed = ServiceFields.safeParse({
    name: text(service.name),
    kind: kindOf(service, defaultKind),
    languages: objects(service.languages)
      .map((l) => text(l.code)?.toLowerCase())
      .filter((code): code is string => code !== undefined && /^[a-z]{2}$/.test(code)),
    address: addressOf(service, organization),
    email: text(service.email) ?? text(organization.email),
    phone:
      text(objects(service.phones)[0]?.number) ?? text(objects(organization.phones)[0]?.number),
    website: text(service.url) ?? text(organization.website),
  });
  if (!parsed.success)
    return { refused: { reason: 'fields', fields: fieldErrorsFromZod(parsed.error) } };
  return {
    row: {
      externalId: String(service.id),
      fields: {
        ...parsed.data,
        description: (text(service.description) ?? '').slice(0, 2000),
        organizationName: String(organization.name),
        schedules: schedulesOf(service),
      },
    },
  };
}

export type HsdsDocumentError = 'social_map.hsds_invalid' | 'social_map.hsds_too_many_services';

/**
 * Reads an HSDS 3.0 directory (`{ organizations: [{ …, services: [...] }] }`, as the export
 * writes it) without writing anything: every service, in order, ready to store or refused
 * with its reason. An organisation that fails its schema refuses all its services.
 */
export function readHsdsDirectory(
  json: string,
  defaultKind: SocialMapServiceKind,
): { rows: HsdsReadRow[] } | { error: HsdsDocumentError } {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    return { error: 'social_map.hsds_invalid' };
  }
  if (!isObject(document) || !Array.isArray(document.organizations))
    return { error: 'social_map.hsds_invalid' };
  const organizations = document.organizations;
  const total = organizations.reduce<number>(
    (sum, o) => sum + (isObject(o) && Array.isArray(o.services) ? o.services.length : 0),
    0,
  );
  if (total > MAX_SERVICES) return { error: 'social_map.hsds_too_many_services' };
  const seen = new Set<string>();
  const rows: HsdsReadRow[] = [];
  organizations.forEach((organization, o) => {
    const { services: nested, ...own } = isObject(organization) ? organization : {};
    const organizationProblems = hsdsProblems('organization', own);
    const services: unknown[] = Array.isArray(nested) ? nested : [];
    services.forEach((service, s) => {
      const at = { organization: o + 1, service: s + 1 };
      const body = isObject(service) ? service : {};
      const name = text(body.name) ?? '';
      const externalId = text(body.id) ?? null;
      const outcome = (): { refused: HsdsRefusal } | { row: HsdsServiceRow } => {
        if (organizationProblems.length > 0)
          return {
            refused: {
              reason: 'schema',
              problems: organizationProblems.map((p) => ({ ...p, at: `/organization${p.at}` })),
            },
          };
        const read = readService(own, body, defaultKind);
        if ('refused' in read) return read;
        if (seen.has(read.row.externalId)) return { refused: { reason: 'duplicate' } };
        seen.add(read.row.externalId);
        return read;
      };
      const read = outcome();
      if ('refused' in read) {
        rows.push({ ...at, name, externalId, refused: read.refused, row: null });
        return;
      }
      rows.push({ ...at, name, externalId, refused: null, row: read.row });
    });
  });
  return { rows };
}
