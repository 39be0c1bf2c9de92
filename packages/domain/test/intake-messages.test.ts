import { describe, expect, it } from 'vitest';
import { DEFAULT_DECISION_TEMPLATES, decisionMessage, renderTemplate } from '../src/index.ts';

const values = { name: 'Amina', programme: 'Mentorat Bruxelles', organisation: 'Le Pont asbl' };

describe('decision messages (A4, B4)', () => {
  it('fills the placeholders and leaves unknown ones as written', () => {
    expect(
      renderTemplate({ subject: 'Hi {{ name }}', body: '{{programme}} {{unknown}}' }, values),
    ).toEqual({ subject: 'Hi Amina', body: 'Mentorat Bruxelles {{unknown}}' });
  });

  it('uses the default in the applicant’s language when the programme has no template', () => {
    const message = decisionMessage({
      kind: 'refusal',
      locale: 'fr',
      template: null,
      values: { ...values, reasonText: 'Nous vous conseillons le CPAS.' },
      refusalReason: 'needs_other_support',
    });
    expect(message.locale).toBe('fr');
    expect(message.subject).toBe('Votre candidature à Mentorat Bruxelles');
    expect(message.body).toContain('Motif : un autre type d’accompagnement');
    expect(message.body).toContain('Nous vous conseillons le CPAS.');
    expect(message.body).not.toMatch(/\{\{/);
  });

  it('prefers the programme’s own template', () => {
    const message = decisionMessage({
      kind: 'confirmation',
      locale: 'nl',
      template: { subject: 'Ja, {{name}}!', body: 'Tot snel.' },
      values,
      refusalReason: null,
    });
    expect(message).toEqual({ subject: 'Ja, Amina!', body: 'Tot snel.', locale: 'nl' });
  });

  it('has every default in nl, fr and en without leftover placeholders once filled', () => {
    for (const kind of ['confirmation', 'refusal'] as const) {
      for (const locale of ['nl', 'fr', 'en'] as const) {
        const filled = renderTemplate(DEFAULT_DECISION_TEMPLATES[kind][locale], {
          ...values,
          reason: 'r',
          reasonText: 't',
        });
        expect(`${filled.subject}${filled.body}`).not.toMatch(/\{\{/);
      }
    }
  });
});
