/**
 * A file for the person to keep: always an attachment (the browser never shows it as a page),
 * its name safe in the header, and not kept by caches (it may be personal).
 */
export function fileResponse(
  body: Buffer<ArrayBuffer> | string,
  mediaType: string,
  fileName: string,
) {
  return new Response(body, {
    headers: {
      'content-type': mediaType,
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
}

/** A file the API sent as base64. */
export function base64FileResponse(file: { base64: string; mediaType: string; fileName: string }) {
  return fileResponse(Buffer.from(file.base64, 'base64'), file.mediaType, file.fileName);
}
