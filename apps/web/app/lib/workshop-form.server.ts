import { text } from '@tandem/web-kit/server';
import { readScheduleForm } from './scheduled-session.server.ts';
import type { WorkshopValues } from './workshop-form.ts';

/** Reads a workshop's plan or edit form as typed. */
export const readWorkshopForm = (form: FormData): WorkshopValues => ({
  ...readScheduleForm(form),
  theme: text(form, 'theme'),
  kind: text(form, 'kind'),
  durationMinutes: text(form, 'durationMinutes'),
  capacity: text(form, 'capacity'),
});
