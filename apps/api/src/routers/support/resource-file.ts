/**
 * The kinds of file the library takes, each with the bytes it starts with: the declared type
 * must match the content, so a page or a script cannot be stored under a harmless name and
 * later served as something a browser would run.
 */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const RESOURCE_FILE_TYPES = {
  'application/pdf': { extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    magic: ZIP,
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extension: 'xlsx',
    magic: ZIP,
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    extension: 'pptx',
    magic: ZIP,
  },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', magic: ZIP },
  'image/png': { extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  'image/jpeg': { extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  'text/plain': { extension: 'txt', magic: [] },
} as const satisfies Record<string, { extension: string; magic: readonly number[] }>;

export type ResourceMediaType = keyof typeof RESOURCE_FILE_TYPES;
export const RESOURCE_MEDIA_TYPES = Object.keys(RESOURCE_FILE_TYPES) as [
  ResourceMediaType,
  ...ResourceMediaType[],
];

/** Plain text must be UTF-8 without NUL, or it is not what it says it is. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function contentMatchesType(bytes: Buffer, mediaType: ResourceMediaType): boolean {
  if (mediaType === 'text/plain') return isPlainText(bytes);
  const { magic } = RESOURCE_FILE_TYPES[mediaType];
  return magic.every((byte, at) => bytes[at] === byte);
}
