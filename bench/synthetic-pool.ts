import type {
  AvailabilitySlot,
  MenteeProfile,
  MentorProfile,
} from '../packages/domain/src/index.ts';
import { DAY_PARTS, WEEKDAYS } from '../packages/domain/src/index.ts';
import { pick, pickSome, seededRandom } from '../packages/domain/test/fixtures/seeded-random.ts';

/** A Belgian-looking pool: municipalities around Brussels, Antwerp, Ghent, Liège, Charleroi. */
const CITIES = [
  { region: 'BRU', lat: 50.85, lon: 4.35 },
  { region: 'ANT', lat: 51.22, lon: 4.4 },
  { region: 'OVL', lat: 51.05, lon: 3.72 },
  { region: 'LIE', lat: 50.63, lon: 5.57 },
  { region: 'HAI', lat: 50.41, lon: 4.44 },
] as const;
const LANGUAGES = ['nl', 'fr', 'en', 'ar', 'tr', 'es', 'pt', 'ru', 'fa', 'so', 'ti', 'uk'];
const SECTORS = [
  'it',
  'care',
  'construction',
  'logistics',
  'retail',
  'hospitality',
  'finance',
  'education',
  'industry',
  'public',
];
const GOALS = [
  'find_job',
  'cv_letter',
  'interview_practice',
  'network',
  'sector_orientation',
  'training_choice',
  'start_business',
  'language_practice',
];
const INTERESTS = [
  'sport',
  'music',
  'cooking',
  'reading',
  'tech',
  'art',
  'travel',
  'nature',
  'games',
  'film',
  'volunteering',
  'crafts',
];
const SLOTS: AvailabilitySlot[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => ({ day, part })),
);

function person(random: () => number, id: string) {
  const city = pick(random, CITIES);
  const hasCoordinates = random() > 0.1;
  const age = 20 + Math.floor(random() * 45);
  const firstLanguage = random() < 0.45 ? 'nl' : random() < 0.8 ? 'fr' : pick(random, LANGUAGES);
  return {
    id,
    availability: pickSome(random, SLOTS, 1, 6),
    coordinates: hasCoordinates
      ? { lat: city.lat + (random() - 0.5) * 0.5, lon: city.lon + (random() - 0.5) * 0.7 }
      : null,
    region: city.region,
    age,
    preferredAge: random() < 0.2 ? { min: age - 15, max: age + 10 } : null,
    languages: [
      firstLanguage,
      ...pickSome(random, LANGUAGES, 0, 2).filter((l) => l !== firstLanguage),
    ],
    interests: pickSome(random, INTERESTS, 0, 4),
    sectors: pickSome(random, SECTORS, 0, 2),
  };
}

export function syntheticPool(
  seed: number,
  mentorCount: number,
  menteeCount: number,
  capacity: () => number = () => 1,
): { mentors: MentorProfile[]; mentees: MenteeProfile[] } {
  const random = seededRandom(seed);
  const mentors = Array.from({ length: mentorCount }, (_, i) => ({
    ...person(random, `mentor-${i}`),
    experience: pickSome(random, GOALS, 1, 4),
    capacity: capacity(),
    activeDuos: 0,
  }));
  const mentees = Array.from({ length: menteeCount }, (_, j) => ({
    ...person(random, `mentee-${j}`),
    goals: pickSome(random, GOALS, 0, 3),
  }));
  return { mentors, mentees };
}

/** A postcode in each synthetic city's province (see `provinceOfPostcode`). */
const POSTCODE_OF_REGION: Record<string, string> = {
  BRU: '1000',
  ANT: '2000',
  OVL: '9000',
  LIE: '4000',
  HAI: '6000',
};

/**
 * The same synthetic pool as application rows, for benchmarks that load it from the
 * database: one sector and one goal per person (as an application holds), the region as a
 * postcode, the age as a birth year. Mentees get the ids' order of `syntheticPool`.
 */
export function syntheticApplicants(
  seed: number,
  mentorCount: number,
  menteeCount: number,
  currentYear: number,
) {
  const { mentors, mentees } = syntheticPool(seed, mentorCount, menteeCount);
  const row = (
    person: MentorProfile | MenteeProfile,
    role: 'mentor' | 'mentee',
    goal: string,
    capacity: number | null,
  ) => ({
    role,
    name: `${role === 'mentor' ? 'Mentor' : 'Mentee'} ${person.id}`,
    email: `${person.id}@synthetic.example`,
    availability: [...person.availability],
    postcode: POSTCODE_OF_REGION[person.region ?? ''] ?? '0000',
    languages: [...person.languages],
    sector: person.sectors[0] ?? '',
    goal,
    birthYear: currentYear - (person.age ?? 40),
    interests: [...person.interests],
    mentorCapacity: capacity,
  });
  return [
    ...mentors.map((m) => row(m, 'mentor', m.experience[0] ?? '', m.capacity)),
    ...mentees.map((m) => row(m, 'mentee', m.goals[0] ?? '', null)),
  ];
}
