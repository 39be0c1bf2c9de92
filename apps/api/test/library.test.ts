import { describe, expect, it } from 'vitest';
import { createHarness, withKey } from './harness.ts';

const h = await createHarness();
const coordinator = await h.signIn('coordinator@lepont.example');
const coach = await h.signIn('coach@debrug.example');
const deBrugCoordinator = await h.signIn('coordinator@debrug.example');
const [programme] = await coordinator.programme.list.query({ organisationId: h.lePont });
if (!programme) throw new Error('demo programme missing');
const scope = { organisationId: h.lePont, programmeId: programme.id };
const lePont = { organisationSlug: 'le-pont' };
const MENTEE = 'awa.ndiaye@example.be';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const pdfFile = (bytes = PDF) => ({
  name: 'Charte du mentorat.pdf',
  mediaType: 'application/pdf' as const,
  base64: bytes.toString('base64'),
});
const link = {
  kind: 'guidelines' as const,
  title: 'Guide du mentor',
  audience: 'mentor' as const,
  locale: 'fr' as const,
  reviewedOn: null,
  url: 'https://example.org/guide',
};

describe('resource library (D4)', () => {
  it('adds a link, edits it, marks it reviewed today and withdraws it', async () => {
    const created = await coordinator.resource.create.mutate({ ...scope, ...link });
    expect(created).toMatchObject({
      url: link.url,
      file: null,
      reviewedOn: null,
      withdrawnOn: null,
    });
    const edited = await coordinator.resource.update.mutate({
      organisationId: h.lePont,
      resourceId: created.id,
      ...link,
      title: 'Guide du mentor (2e édition)',
      audience: 'both',
      url: undefined,
    });
    expect(edited).toMatchObject({ title: 'Guide du mentor (2e édition)', url: link.url });
    const { today } = await coordinator.resource.list.query(scope);
    const reviewed = await coordinator.resource.markReviewed.mutate({
      organisationId: h.lePont,
      resourceId: created.id,
    });
    expect(reviewed.reviewedOn).toBe(today);
    const withdrawn = await coordinator.resource.withdraw.mutate({
      organisationId: h.lePont,
      resourceId: created.id,
    });
    expect(withdrawn.withdrawnOn).toBe(today);
  });

  it('stores an uploaded file and serves it back to staff', async () => {
    const created = await coordinator.resource.create.mutate({
      ...scope,
      ...link,
      kind: 'processes',
      url: undefined,
      file: pdfFile(),
    });
    expect(created).toMatchObject({
      url: null,
      file: { name: 'Charte du mentorat.pdf', mediaType: 'application/pdf', bytes: PDF.length },
    });
    const download = await coordinator.resource.download.query({
      organisationId: h.lePont,
      resourceId: created.id,
    });
    expect(Buffer.from(download.base64, 'base64').equals(PDF)).toBe(true);
    expect(download).toMatchObject({
      fileName: 'Charte du mentorat.pdf',
      mediaType: 'application/pdf',
    });
  });

  it('refuses a file whose content is not of the type it claims, a link and a file together, or neither', async () => {
    const before = (await coordinator.resource.list.query(scope)).resources.length;
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await expect(
      coordinator.resource.create.mutate({
        ...scope,
        ...link,
        url: undefined,
        file: pdfFile(html),
      }),
    ).rejects.toEqual(withKey('validation.invalid_input'));
    await expect(
      coordinator.resource.create.mutate({ ...scope, ...link, file: pdfFile() }),
    ).rejects.toEqual(withKey('validation.invalid_input'));
    await expect(
      coordinator.resource.create.mutate({ ...scope, ...link, url: undefined }),
    ).rejects.toEqual(withKey('validation.invalid_input'));
    expect((await coordinator.resource.list.query(scope)).resources.length).toBe(before);
  });

  it('lets only those who manage support change the library, each in their own organisation', async () => {
    const { resources } = await coordinator.resource.list.query(scope);
    const [first] = resources;
    if (!first) throw new Error('demo library empty');
    await expect(coach.resource.create.mutate({ ...scope, ...link })).rejects.toEqual(
      withKey('forbidden'),
    );
    await expect(
      coach.resource.markReviewed.mutate({ organisationId: h.lePont, resourceId: first.id }),
    ).rejects.toEqual(withKey('forbidden'));
    expect((await coach.resource.list.query(scope)).resources.length).toBe(resources.length);
    await expect(deBrugCoordinator.resource.list.query(scope)).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(
      deBrugCoordinator.resource.withdraw.mutate({
        organisationId: h.deBrug,
        resourceId: first.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      deBrugCoordinator.resource.download.query({ organisationId: h.deBrug, resourceId: first.id }),
    ).rejects.toEqual(withKey('not_found'));
  });

  it('shows a mentee what is meant for mentees, in their language first, and serves its file', async () => {
    const forMentees = await coordinator.resource.create.mutate({
      ...scope,
      ...link,
      title: 'Handleiding voor mentees',
      audience: 'mentee',
      locale: 'nl',
      url: undefined,
      file: {
        name: 'handleiding.txt',
        mediaType: 'text/plain',
        base64: Buffer.from('Welkom!').toString('base64'),
      },
    });
    const forMentors = await coordinator.resource.create.mutate({
      ...scope,
      ...link,
      title: 'Réservé aux mentors',
    });
    const mentee = await h.portalAs(MENTEE, 'le-pont');
    const seen = await mentee.portalLibrary.list.query({ ...lePont, locale: 'nl' });
    const titles = seen.map((r) => r.title);
    expect(titles).toContain('Handleiding voor mentees');
    expect(titles).not.toContain('Réservé aux mentors');
    expect(seen.every((r) => r.audience !== 'mentor' && r.withdrawnOn === null)).toBe(true);
    expect(seen[0]?.locale).toBe('nl');
    const file = await mentee.portalLibrary.download.query({
      ...lePont,
      resourceId: forMentees.id,
    });
    expect(Buffer.from(file.base64, 'base64').toString()).toBe('Welkom!');
    await expect(
      mentee.portalLibrary.download.query({ ...lePont, resourceId: forMentors.id }),
    ).rejects.toEqual(withKey('not_found'));
    await coordinator.resource.withdraw.mutate({
      organisationId: h.lePont,
      resourceId: forMentees.id,
    });
    const after = await mentee.portalLibrary.list.query({ ...lePont, locale: 'nl' });
    expect(after.map((r) => r.id)).not.toContain(forMentees.id);
  });
});
