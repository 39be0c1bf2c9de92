import type { SocialMapSchedule, socialMapServices } from '@tandem/db';
import { stableUuid } from './stable-uuid.ts';

type ServiceRow = typeof socialMapServices.$inferSelect;

/** The attribute that carries a service's kind, which HSDS has no field for. */
export const KIND_ATTRIBUTE = 'tandem_service_kind';

/**
 * An address typed as on an envelope, split into HSDS's fields: the first line is the street,
 * a last line starting with a postcode gives postcode and city (Belgium by default).
 */
function hsdsAddress(locationId: string, text: string) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const last = lines.length > 1 ? (lines.at(-1) ?? '') : '';
  const postal = /^(\d{4})\s+(.+)$/.exec(last);
  return {
    id: stableUuid(locationId, 'address'),
    location_id: locationId,
    address_1: lines[0] ?? '',
    address_2: lines.slice(1, postal ? -1 : undefined).join(', ') || undefined,
    city: postal?.[2] ?? '',
    state_province: '',
    postal_code: postal?.[1] ?? '',
    country: 'BE',
    address_type: 'physical',
  };
}

function hsdsService(row: ServiceRow, organizationId: string) {
  const id = row.externalId ?? row.id;
  const locationId = stableUuid(id, 'location');
  return {
    id,
    organization_id: organizationId,
    name: row.name,
    description: row.description || undefined,
    url: row.website ?? undefined,
    email: row.email ?? undefined,
    status: 'active',
    phones: row.phone ? [{ id: stableUuid(id, 'phone'), service_id: id, number: row.phone }] : [],
    languages: row.languages.map((code) => ({
      id: stableUuid(id, 'language', code),
      service_id: id,
      code,
    })),
    schedules: row.schedules.map((s: SocialMapSchedule, at) => ({
      id: stableUuid(id, 'schedule', String(at)),
      service_id: id,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: s.byDay.join(','),
      opens_at: s.opensAt ?? undefined,
      closes_at: s.closesAt ?? undefined,
      description: s.description ?? undefined,
    })),
    service_at_locations: row.address
      ? [
          {
            id: stableUuid(id, 'service_at_location'),
            service_id: id,
            location_id: locationId,
            location: {
              id: locationId,
              location_type: 'physical',
              addresses: [hsdsAddress(locationId, row.address)],
            },
          },
        ]
      : [],
    attributes: [
      {
        id: stableUuid(id, KIND_ATTRIBUTE),
        link_id: id,
        link_type: KIND_ATTRIBUTE,
        link_entity: 'service',
        value: row.kind,
      },
    ],
  };
}

/**
 * The social map as an HSDS 3.0 directory: its organisations (by name; a service without one
 * is its own organisation), each with its services. Every organisation and service is an
 * HSDS object as the schemas define it; `services` under an organisation is how the
 * directory nests them, as HSDS's API does with `full_service`.
 */
export function socialMapToHsds(programmeId: string, rows: readonly ServiceRow[]) {
  const byOrganization = new Map<string, ServiceRow[]>();
  for (const row of rows) {
    const name = row.organizationName ?? row.name;
    byOrganization.set(name, [...(byOrganization.get(name) ?? []), row]);
  }
  return {
    organizations: [...byOrganization].map(([name, services]) => {
      const id = stableUuid(programmeId, 'organization', name);
      return {
        id,
        name,
        description: '',
        services: services.map((row) => hsdsService(row, id)),
      };
    }),
  };
}
