import { describe, expect, it } from 'vitest';
import { decisionMessage, renderTemplate } from '../src/index.ts';

const values = { name: 'Amina', programme: 'Mentorat Bruxelles', organisation: 'Le Pont asbl' };

describe('decision messages (A4, B4)', () => {
  it('fills the placeholders and leaves unknown ones as written', () => {
    expect(
      renderTemplate({ subject: 'Hi {{ name }}', body: '{{programme}} {{unknown}}' }, values),
    ).toEqual({ subject: 'Hi Amina', body: 'Mentorat Bruxelles {{unknown}}' });
  });

  it('puts the reason and the staff text into the template, in the letter’s language', () => {
    const message = decisionMessage({
      locale: 'nl',
      template: { subject: 'Ja, {{name}}!', body: '{{reason}} – {{reasonText}}' },
      values: { ...values, reasonText: 'Tot snel.' },
      reason: 'een reden',
    });
    expect(message).toEqual({ subject: 'Ja, Amina!', body: 'een reden – Tot snel.', locale: 'nl' });
  });
});
