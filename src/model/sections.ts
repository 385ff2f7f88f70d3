import type { PlanKind } from './frontmatter-schema.js';

/** The ten parts of a sales strategy plan plus the review, in canonical order (contract section 2). */
export const SECTION_KEYS = [
  'analysis',
  'organization',
  'opportunities',
  'goals',
  'objectives',
  'approach',
  'risks',
  'contingencies',
  'resources',
  'accountability',
  'checkins',
  'review',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionSpec {
  key: SectionKey;
  heading: string;
  aliases: string[];
  /** Top-level list items here are items with IDs and fields. */
  hasItems: boolean;
  /** What the part asks for (contract section 7); used by templates and guidance. */
  guidance: string;
}

export const SECTIONS: readonly SectionSpec[] = [
  {
    key: 'analysis',
    heading: 'Account Analysis',
    aliases: ['Territory Analysis', 'Situation Analysis', 'Analysis'],
    hasItems: false,
    guidance:
      "An honest appraisal of the customer's world: what they work on, their goals, how they decide, buy and measure success, the politics, the industry and financial situation, key players.",
  },
  {
    key: 'organization',
    heading: 'Organizational Analysis',
    aliases: ['Internal Analysis', 'Team Analysis'],
    hasItems: false,
    guidance: 'The internal view: the pursuit team, relationships with cross-functional teams, the internal resources needed to win.',
  },
  {
    key: 'opportunities',
    heading: 'Opportunities',
    aliases: ['Key Opportunities'],
    hasItems: true,
    guidance: 'What the two analyses reveal: where the products fit, where quota can be made, where to beat the competition or get into the account.',
  },
  {
    key: 'goals',
    heading: 'Goals',
    // The OKR layout (contract 3a): its goals are the O of OKR.
    aliases: ['OKRs', 'OKR', 'Objectives and Key Results'],
    hasItems: true,
    guidance:
      'What the team will accomplish, set from the opportunities (not just the quota), SMART, including growth and non-financial goals such as accounts penetrated or decision makers reached.',
  },
  {
    key: 'objectives',
    heading: 'Objectives',
    aliases: [],
    hasItems: true,
    guidance: 'The tactical things that must be done to reach the goals.',
  },
  {
    key: 'approach',
    heading: 'Approach',
    aliases: ['Strategy', 'Strategies and Tactics', 'Actions'],
    hasItems: true,
    guidance: 'The strategy: the specific actions, initiatives and tactics that meet the objectives.',
  },
  {
    key: 'risks',
    heading: 'Risks',
    aliases: [],
    hasItems: true,
    guidance: 'Dependencies, assumptions, what can go wrong.',
  },
  {
    key: 'contingencies',
    heading: 'Contingencies',
    aliases: ['Contingency Plans'],
    hasItems: true,
    guidance: 'What the team does if a risk materialises: the backup plan.',
  },
  {
    key: 'resources',
    heading: 'Resources',
    aliases: ['Resources Needed'],
    hasItems: false,
    guidance: 'People, product mix, budget: what is needed and missing to win.',
  },
  {
    key: 'accountability',
    heading: 'Accountability',
    aliases: ['Reviews and Accountability'],
    hasItems: false,
    guidance: 'Who is held to what, and when the plan is reviewed (monthly, quarterly, yearly).',
  },
  {
    key: 'checkins',
    heading: 'Check-ins',
    aliases: ['Progress', 'Updates', 'Progress Updates', 'Status Updates'],
    // Dated readings (`- 2027-02-14 **G1** $1.2M — on track`), read by src/model/check-ins.ts, not items.
    hasItems: false,
    guidance: 'While the plan runs: dated readings of each goal ("2027-02-14 G1 $1.2M — on track: why"), newest last.',
  },
  {
    key: 'review',
    heading: 'Review',
    aliases: ['Quarterly Review', 'Retrospective'],
    hasItems: true,
    guidance: 'After the period: each goal Met, Missed or Partially met, why, and the lessons learned.',
  },
];

export const SECTION_BY_KEY: ReadonlyMap<SectionKey, SectionSpec> = new Map(SECTIONS.map((s) => [s.key, s]));

/**
 * A part's heading in a plan of this kind: the canonical one, except that a territory, team or region plan analyses
 * its territory, as `plan init`'s template for them writes it.
 */
export function headingFor(key: SectionKey, kind: PlanKind | undefined): string {
  if (key === 'analysis' && (kind === 'territory' || kind === 'team' || kind === 'region')) return 'Territory Analysis';
  return SECTION_BY_KEY.get(key)!.heading;
}

export function sectionOrder(key: SectionKey): number {
  return SECTION_KEYS.indexOf(key);
}

/** Lower-cases and strips numbering (`1)`, `4.`, `IV.`), trailing parentheses and trailing punctuation. */
export function normalizeHeading(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim().toLowerCase();
  s = s.replace(/^(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]\s*|^\d+\s+(?=\D)/, '');
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(/\s*\([^()]*\)\s*$/, '').replace(/[\s.,:;!?\-–—]+$/, '');
  }
  return s.replace(/\s*&\s*/g, ' and ').trim();
}

export type HeadingMatcher = (heading: string) => SectionKey | undefined;

/**
 * Exact names and aliases first (with the config's `headingAliases`); else the heading without a leading emoji or
 * year, qualifiers ("Key", "Our"), plurals and an "and …" suffix, when that is a name; else the one section whose
 * words it uses ("Risk Assessment" -> risks). Two or more sections fitting is no match.
 */
export function headingMatcher(extraAliases: Partial<Record<SectionKey, string[]>> = {}): HeadingMatcher {
  const byName = new Map<string, SectionKey>();
  const byLooseName = new Map<string, SectionKey>();
  for (const spec of SECTIONS) {
    for (const name of [spec.heading, ...spec.aliases, ...(extraAliases[spec.key] ?? [])]) {
      byName.set(normalizeHeading(name), spec.key);
      byLooseName.set(looseWords(normalizeHeading(name)).join(' '), spec.key);
    }
  }
  const memo = new Map<string, SectionKey | undefined>();
  return (heading) => {
    const normalized = normalizeHeading(heading);
    const exact = byName.get(normalized);
    if (exact) return exact;
    if (memo.has(normalized)) return memo.get(normalized);
    const words = looseWords(normalized);
    const withoutSuffix = looseWords(normalized.replace(/\s+(?:and|&|\+|with)\s+.*$/, ''));
    let key = byLooseName.get(words.join(' ')) ?? byLooseName.get(withoutSuffix.join(' '));
    if (!key) {
      const fits = keysNamedBy(withoutSuffix);
      if (fits.length === 1) key = fits[0];
    }
    if (memo.size < 1000) memo.set(normalized, key);
    return key;
  };
}

/** The sections' own names and aliases, normalized (a heading matched by them is no guess). */
let canonicalNames: Set<string> | undefined;

/**
 * Whether two headings of one section name it alike: the same words (years, qualifiers and plurals aside), or each a
 * name or alias of it. "Goals" and "Stretch Goals" do not: the second is a guess from its words, not a second Goals.
 */
export function sameSectionHeading(a: string, b: string): boolean {
  canonicalNames ??= new Set(SECTIONS.flatMap((spec) => [spec.heading, ...spec.aliases].map(normalizeHeading)));
  const [first, second] = [normalizeHeading(a), normalizeHeading(b)];
  if (canonicalNames.has(first) && canonicalNames.has(second)) return true;
  return looseWords(first).join(' ') === looseWords(second).join(' ');
}

/** Words that name a section when a heading uses them among others (singular forms). */
const SECTION_WORDS: Record<SectionKey, readonly string[]> = {
  analysis: ['account', 'territory', 'situation', 'swot', 'landscape'],
  organization: ['organizational', 'organisational', 'organization', 'organisation', 'internal'],
  opportunities: ['opportunity'],
  goals: ['goal', 'target', 'okr'],
  objectives: ['objective'],
  approach: ['approach', 'strategy', 'tactic', 'action', 'initiative', 'play'],
  risks: ['risk', 'threat'],
  contingencies: ['contingency', 'fallback'],
  resources: ['resource', 'budget', 'headcount'],
  accountability: ['accountability', 'cadence'],
  checkins: ['check-in', 'checkin', 'update'],
  review: ['review', 'retrospective', 'retro', 'lesson'],
};

/** Every section a heading's words could name ("Opportunities and Risks" -> opportunities, risks). */
export function headingCandidates(heading: string): SectionKey[] {
  return keysNamedBy(looseWords(normalizeHeading(heading)));
}

function keysNamedBy(words: readonly string[]): SectionKey[] {
  return SECTION_KEYS.filter((key) => SECTION_WORDS[key].some((word) => words.includes(word)));
}

/** Qualifiers that do not change which part a heading names. */
const QUALIFIERS = new Set('key main top our the my primary major critical core strategic priority overall plan section'.split(' '));

/** A normalized heading's words without a leading emoji or symbol, years and periods, qualifiers, and in the singular. */
function looseWords(normalized: string): string[] {
  return normalized
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/\b(?:fy|cy)?'?\d{2,4}(?:[-/ ]?(?:q[1-4]|h[12]))?\b|\b(?:q[1-4]|h[12])\b/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !QUALIFIERS.has(word))
    .map(singular);
}

function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('sis')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
