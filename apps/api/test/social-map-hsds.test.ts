import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hsdsProblems } from '../src/routers/social-map/hsds/hsds-validator.ts';
import { createHarness, withKey } from './harness.ts';

const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const [programme] = await coordinator.programme.list.query({ organisationId: h.deBrug });
if (!programme) throw new Error('demo programme missing');
const scope = { organisationId: h.deBrug, programmeId: programme.id };
const directory = readFileSync(new URL('./fixtures/hsds-directory.json', import.meta.url), 'utf8');
const importInput = { ...scope, json: directory, defaultKind: 'language' as const };

type Directory = {
  organizations: ({ services: Record<string, unknown>[] } & Record<string, unknown>)[];
};

function expectValidHsds(exported: Directory) {
  for (const { services, ...organization } of exported.organizations) {
    expect(hsdsProblems('organization', organization)).toEqual([]);
    for (const service of services) expect(hsdsProblems('service', service)).toEqual([]);
  }
}

describe('social map as HSDS 3.0', () => {
  it('exports the demo social map as a directory that validates', async () => {
    const exported = (await coordinator.socialMap.exportHsds.query(scope)) as Directory;
    const services = await coordinator.socialMap.list.query(scope);
    expect(exported.organizations.flatMap((o) => o.services)).toHaveLength(services.length);
    expect(services.length).toBeGreaterThan(0);
    expectValidHsds(exported);
  });

  it('previews an HSDS directory service by service without writing', async () => {
    const before = (await coordinator.socialMap.list.query(scope)).length;
    const { rows } = await coordinator.socialMap.importHsds.preview.mutate(importInput);
    expect(rows.map((r) => [r.organization, r.service, r.outcome])).toEqual([
      [1, 1, 'created'],
      [2, 1, 'created'],
      [2, 2, 'refused'],
      [3, 1, 'created'],
    ]);
    expect(rows[2]?.refused).toEqual({
      reason: 'schema',
      problems: [{ at: '/id', rule: 'format' }],
    });
    expect((await coordinator.socialMap.list.query(scope)).length).toBe(before);
  });

  it('imports the valid services, then updates them by their HSDS id on a re-import', async () => {
    const before = (await coordinator.socialMap.list.query(scope)).length;
    const first = await coordinator.socialMap.importHsds.confirm.mutate(importInput);
    expect(first.rows.map((r) => r.outcome)).toEqual(['created', 'created', 'refused', 'created']);
    const services = await coordinator.socialMap.list.query(scope);
    expect(services.length).toBe(before + 3);
    const leefloon = services.find((s) => s.name === 'Leefloon en budgetbegeleiding');
    expect(leefloon).toMatchObject({
      kind: 'financial',
      languages: ['nl', 'fr'],
      address: 'Rue de la Ruche 1\n1030 Schaerbeek',
      email: 'info@ocmw-schaarbeek.example',
      phone: '+32 2 240 31 00',
    });
    expect(services.find((s) => s.name === 'Taaladvies en inschrijving')).toMatchObject({
      kind: 'language',
      website: 'https://huisnederlandsbrussel.example',
    });

    const renamed = directory.replace('Huisartsenpraktijk', 'Huisartsen en verpleging');
    const again = await coordinator.socialMap.importHsds.confirm.mutate({
      ...importInput,
      json: renamed,
    });
    expect(again.rows.map((r) => r.outcome)).toEqual(['updated', 'updated', 'refused', 'updated']);
    const after = await coordinator.socialMap.list.query(scope);
    expect(after.length).toBe(before + 3);
    expect(after.find((s) => s.name === 'Huisartsen en verpleging')?.id).toBe(
      services.find((s) => s.name === 'Huisartsenpraktijk')?.id,
    );

    // What was imported goes out again under the same HSDS ids.
    const exported = (await coordinator.socialMap.exportHsds.query(scope)) as Directory;
    expectValidHsds(exported);
    const ids = exported.organizations.flatMap((o) => o.services.map((s) => s.id));
    expect(ids).toContain('a1b2c3d4-0001-4000-8000-000000000001');
  });

  it('refuses a text that is not an HSDS directory, and changes nothing', async () => {
    const before = (await coordinator.socialMap.list.query(scope)).length;
    for (const json of ['{"organizations": [', '[]', '{"services": []}'])
      await expect(
        coordinator.socialMap.importHsds.preview.mutate({ ...importInput, json }),
      ).rejects.toEqual(withKey('social_map.hsds_invalid'));
    await expect(
      coordinator.socialMap.importHsds.confirm.mutate({ ...importInput, json: '{' }),
    ).rejects.toEqual(withKey('social_map.hsds_invalid'));
    expect((await coordinator.socialMap.list.query(scope)).length).toBe(before);
  });

  it('lets only those who manage support import, and only into their own programmes', async () => {
    await expect(coach.socialMap.importHsds.confirm.mutate(importInput)).rejects.toEqual(
      withKey('forbidden'),
    );
    await expect(
      lePontCoordinator.socialMap.importHsds.confirm.mutate({
        ...importInput,
        organisationId: h.lePont,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(lePontCoordinator.socialMap.exportHsds.query(scope)).rejects.toEqual(
      withKey('not_found'),
    );
  });
});
