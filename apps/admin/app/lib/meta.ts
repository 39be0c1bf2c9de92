import type { MetaArgs } from '@remix-run/node';
import type { MessageKey, MessageParams } from '@tandem/i18n';
import { pageTitle, translatorFromMatches } from '@tandem/web-kit';

export function title(args: MetaArgs, page: MessageKey, params?: MessageParams) {
  return pageTitle(
    args.matches,
    'meta.adminTitle',
    translatorFromMatches(args.matches).t(page, params),
  );
}
