import { createTranslator, type Locale, type Translator } from '@tandem/i18n';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

const TranslatorContext = createContext<Translator>(createTranslator('nl'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const translator = useMemo(() => createTranslator(locale), [locale]);
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
