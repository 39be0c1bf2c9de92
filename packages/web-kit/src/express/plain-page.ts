import { createTranslator, type MessageKey, negotiateLocale } from '@tandem/i18n';
import type { Request } from 'express';
import { chosenLocale } from '../locale.server.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * A page for a request the server refuses before Remix sees it, in the person's language:
 * the one chosen with the switch, else the browser's.
 */
export function plainPage(
  request: Request,
  keys: { title: MessageKey; body: MessageKey; back: MessageKey },
): string {
  const locale =
    chosenLocale(request.get('cookie')) ?? negotiateLocale(request.get('accept-language'));
  const { t } = createTranslator(locale);
  const title = escapeHtml(t(keys.title));
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${escapeHtml(t(keys.body))}</p><p><a href="/">${escapeHtml(t(keys.back))}</a></p></main></body>
</html>`;
}
