export { CopyButton } from './copy-button.tsx';
export { CopyField } from './copy-field.tsx';
export {
  type CredentialField,
  CredentialsPage,
  useNewPasswordFields,
} from './credentials-page.tsx';
export { Document } from './document.tsx';
export { ErrorSummary } from './error-summary.tsx';
export {
  CheckboxField,
  CheckboxGrid,
  CheckboxGroup,
  fieldId,
  LocaleField,
  type Option,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from './fields.tsx';
export type { FormErrors, FormResult } from './form-result.ts';
export { useTranslator } from './i18n.tsx';
export {
  type Column,
  FilterForm,
  FilterSelect,
  ListTable,
  SearchFilter,
} from './list-table.tsx';
export { pageTitle, translatorFromMatches } from './meta.ts';
export { RouteErrorMessage } from './route-error.tsx';
export { SignInPage } from './sign-in-page.tsx';
export { SiteHeader } from './site-header.tsx';
export { TableScroll } from './table-scroll.tsx';
export { useHydrated } from './use-hydrated.ts';
