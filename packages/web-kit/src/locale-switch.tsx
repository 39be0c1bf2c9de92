import { Form, useLocation } from '@remix-run/react';
import { localeNames, locales } from '@tandem/i18n';
import { useTranslator } from './i18n.tsx';

/** Plain buttons in a form, so the switch works before (and without) JavaScript. */
export function LocaleSwitch() {
  const { locale, t } = useTranslator();
  const location = useLocation();
  return (
    <Form
      method="post"
      action="/locale"
      className="locale-switch"
      preventScrollReset
      aria-label={t('layout.languageSwitch')}
    >
      <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          title={localeNames[option]}
        >
          <span aria-hidden="true">{option.toUpperCase()}</span>
          <span className="visually-hidden">{localeNames[option]}</span>
        </button>
      ))}
    </Form>
  );
}
