import { D1_MIN_DURATION_MONTHS } from '@tandem/domain';

/** What the programme form shows: as typed, so a refused form comes back unchanged. */
export interface ProgrammeFormValues {
  name: string;
  description: string;
  languages: string[];
  plannedDurationMonths: string;
  shorterDurationReason: string;
  minContactFrequencyDays: string;
}

export interface ProgrammeSettings {
  name: string;
  description: string;
  languages: readonly string[];
  plannedDurationMonths: number;
  shorterDurationReason: string | null;
  minContactFrequencyDays: number;
}

export function programmeFormValues(programme: ProgrammeSettings): ProgrammeFormValues {
  return {
    name: programme.name,
    description: programme.description,
    languages: [...programme.languages],
    plannedDurationMonths: String(programme.plannedDurationMonths),
    shorterDurationReason: programme.shorterDurationReason ?? '',
    minContactFrequencyDays: String(programme.minContactFrequencyDays),
  };
}

/** Criterion D1: below six months the programme has to say why. */
export function needsShorterDurationReason(plannedDurationMonths: string): boolean {
  const months = Number(plannedDurationMonths);
  return plannedDurationMonths.trim() !== '' && months < D1_MIN_DURATION_MONTHS;
}
