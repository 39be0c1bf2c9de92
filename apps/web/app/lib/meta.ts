import type { MetaArgs } from '@remix-run/node';
import type { MessageKey, MessageParams } from '@tandem/i18n';
import { pageTitle, translatorFromMatches } from '@tandem/web-kit';

export function title(args: MetaArgs, page: MessageKey, params?: MessageParams) {
  return pageTitle(args.matches, 'meta.title', translatorFromMatches(args.matches).t(page, params));
}

/** For pages named after what they show, such as a programme. */
export function titleText(args: MetaArgs, page: string) {
  return pageTitle(args.matches, 'meta.title', page);
}
