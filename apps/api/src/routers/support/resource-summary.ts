import { resources } from '@tandem/db';
import type { Locale, ResourceAudience, ResourceKind } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';

/** What lists show of a resource: everything but the file's bytes, and the file's size. */
const columns = {
  id: resources.id,
  programmeId: resources.programmeId,
  kind: resources.kind,
  title: resources.title,
  description: resources.description,
  url: resources.url,
  fileName: resources.fileName,
  fileMediaType: resources.fileMediaType,
  fileBytes: sql<number | null>`octet_length(${resources.fileContent})`.mapWith(Number),
  audience: resources.audience,
  locale: resources.locale,
  reviewedOn: resources.reviewedOn,
  withdrawnOn: resources.withdrawnOn,
  updatedAt: resources.updatedAt,
};

export interface ResourceRow {
  id: string;
  programmeId: string;
  kind: ResourceKind;
  title: string;
  description: string;
  url: string | null;
  fileName: string | null;
  fileMediaType: string | null;
  fileBytes: number | null;
  audience: ResourceAudience;
  locale: Locale | null;
  reviewedOn: string | null;
  withdrawnOn: string | null;
  updatedAt: Date;
}

export const resourceSummary = {
  columns,
  from: (row: ResourceRow) => ({
    ...row,
    file:
      row.fileName !== null && row.fileMediaType !== null
        ? { name: row.fileName, mediaType: row.fileMediaType, bytes: row.fileBytes ?? 0 }
        : null,
    updatedAt: row.updatedAt.toISOString(),
  }),
};

/** A stored file for the apps to serve, or "not found" for a link or a missing row. */
export function resourceDownload(row: typeof resources.$inferSelect | undefined) {
  if (!row?.fileContent || row.fileName === null || row.fileMediaType === null)
    throw new AppError('not_found');
  return {
    fileName: row.fileName,
    mediaType: row.fileMediaType,
    base64: Buffer.from(row.fileContent).toString('base64'),
  };
}
