import type { MeasureTarget } from '../criteria/targets.ts';
import type { ProgrammeEvidence } from '../evidence/programme-evidence.ts';
import type { DuoRole, RecordId } from '../evidence/record.ts';
import type { Period } from '../time/period.ts';
import type { IndicatorValue, Measure } from './indicator-value.ts';
import { indicatorValue, shareMeasure } from './indicator-value.ts';
import { duosEndedIn } from './period-units.ts';

/**
 * E1: share of early endings in the period with a recorded reason and the closure steps
 * started (a closure record exists for the duo). ID = duo ID. An early end with no reason
 * is in the denominator and never in the numerator, whatever else was done.
 */
export function earlyEndIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const closed = new Set(evidence.closures.map((c) => c.duoId));
  const early = duosEndedIn(evidence, period).filter((d) => d.end?.kind === 'early');
  const numerator = early
    .filter((d) => d.end?.reasonCode != null && closed.has(d.id))
    .map((d) => d.id);
  return indicatorValue('E1', [
    shareMeasure(
      'share',
      numerator,
      early.map((d) => d.id),
      target,
    ),
  ]);
}

/**
 * E2: share of duos ended in the period (planned or early) with a closing meeting recorded,
 * in person or online. The meeting may be held after the last day: closing often follows it.
 */
export function closingMeetingIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const met = new Set(evidence.closingMeetings.map((m) => m.duoId));
  const ended = duosEndedIn(evidence, period).map((d) => d.id);
  return indicatorValue('E2', [
    shareMeasure(
      'share',
      ended.filter((id) => met.has(id)),
      ended,
      target,
    ),
  ]);
}

/**
 * E3: share of duos ended in the period with at least one completed evaluation (ID = duo
 * ID), plus the response rate per role (no target): completed evaluations over evaluations
 * sent for those duos (IDs = evaluation IDs).
 */
export function evaluationIndicator(
  evidence: ProgrammeEvidence,
  period: Period,
  target: MeasureTarget,
): IndicatorValue {
  const ended = new Set(duosEndedIn(evidence, period).map((d) => d.id));
  const evaluations = evidence.evaluations.filter((e) => ended.has(e.duoId));
  const evaluated = evaluations.filter((e) => e.completedAt !== null).map((e) => e.duoId);
  const responseRate = (role: DuoRole, key: Measure['key']): Measure => {
    const sent = evaluations.filter((e) => e.role === role);
    return shareMeasure(
      key,
      sent.filter((e) => e.completedAt !== null).map((e) => e.id),
      sent.map((e) => e.id),
      null,
    );
  };
  const denominator: RecordId[] = [...ended];
  return indicatorValue('E3', [
    shareMeasure('share', evaluated, denominator, target),
    responseRate('mentor', 'mentor_response_rate'),
    responseRate('mentee', 'mentee_response_rate'),
  ]);
}
