/** Values put into a message: `{name}` in the message text is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message whose wording depends on a number, chosen with Intl.PluralRules for the locale.
 * `plural` names the parameter that holds the number; `zero` matches exactly 0 in any language.
 */
export interface PluralMessage {
  plural: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;
