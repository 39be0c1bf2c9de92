import type { Message } from '../message.ts';
import type { en } from './en.ts';

/** The English catalogue defines the keys; every other catalogue must have exactly these. */
export type MessageKey = keyof typeof en;

export type Catalogue = Readonly<Record<MessageKey, Message>>;
