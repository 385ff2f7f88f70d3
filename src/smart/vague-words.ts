/**
 * Word lists behind smart-specific. Kept apart from the logic so they are easy to review and extend; teams add their
 * own filler words through the rule's `vagueWords` option.
 */

/** A list written as text, in order: words apart by white space, or phrases apart by commas and line breaks. */
export const words = (text: string): readonly string[] => text.trim().split(/\s+/);
const phrases = (text: string): readonly string[] => text.trim().split(/\s*[,\n]\s*/);

/** Filler that makes any goal unspecific, whatever else it says (contract: "improve things", "do better", ...). */
export const VAGUE_FILLER: readonly string[] = phrases(`
things, stuff, do better, doing better, do a better job, be better, get better, maximize, maximise, maximizing
maximising, various, etc, and so on, and more, as much as possible, as many as possible, where possible
wherever possible, if possible, somehow, synergy, synergies, try to, do our best, best effort, going forward
significantly, substantially, a lot, lots of, some, several, quick wins, great, trusted advisor, preferred vendor
partner of choice, world-class, best-in-class, thought leader, more proactive, more efficient, more effective
whatever, and the like, in general, generally, significant, next level, move the needle, make progress
making progress, as needed, as appropriate, and other, and others, more or less, kind of, sort of, regularly
continuously, continually, constantly, ongoing, proactively, double down, hearts and minds, next-level, work on
work with, look into, think about, across the board, excellence, expectations
`);

/**
 * Words that promise a direction but no amount: vague unless the goal also states a quantity ("more meetings" is vague,
 * "20% more meetings" is not).
 */
export const UNQUANTIFIED_FILLER: readonly string[] = phrases(`
more, better, harder, smarter, stronger, faster, closer, deeper, higher, bigger, broader, wider, greater, tighter
further, improved, optimize, optimise, optimizing, optimising, streamline, proactive, efficient, effective
successful, excellent, good, best, increased, focus on, healthy, solid, robust, meaningful, meaningfully
sustainable, improvement, improvements
`);

/** Verbs of being: "Be the partner of choice", "Become more strategic" state a wish, not an action. */
export const STATE_VERBS: readonly string[] = ['be', 'become', 'stay', 'remain', 'feel', 'seem', 'look'];

/** Objects too fuzzy to improve: "improve the relationship", "grow our presence", "enhance collaboration". */
export const VAGUE_OBJECTS: readonly string[] = words(`
relationship relationships relations presence visibility awareness engagement performance collaboration
communication communications alignment perception image brand position positioning satisfaction experience
experiences culture morale efficiency productivity partnership partnerships ecosystem processes process situation
mindshare reputation trust standing usage funnel outcomes quality hygiene capabilities skills coverage approach
effectiveness profile recognition credibility influence way ways transformation journey
`);

/** Verbs that change the degree of something; with a fuzzy object and no number they promise nothing. */
export const DEGREE_VERBS: readonly string[] = words(`
improve enhance strengthen grow build deepen expand develop foster increase boost drive cultivate nurture maintain
optimize optimise better raise lift advance elevate stabilize stabilise cut reduce decrease lower leverage focus
work make support transform
`);

/** Nouns that name a whole area rather than a target; they need a qualifier ("ARR" no, "ARR in DACH mid-market" yes). */
export const GENERIC_OBJECTS: readonly string[] = words(`
business sales revenue revenues arr mrr acv tcv bookings pipeline pipe deals deal leads lead customers customer
clients client accounts account growth results numbers number market adoption churn retention team organization
organisation company stakeholders opportunities opportunity quota targets target goals kpis metrics areas products
product offering portfolio territory region upsell renewals margin profit profitability volume footprint base wins
logos us we it them they everything everyone all new existing overall key top more better stronger higher bigger
larger faster good strong job work progress success value impact outcomes done happy satisfied delighted informed
engaged aligned succeed needs usage meetings calls activity activities prospecting things efforts initiatives
`);

export const STOPWORDS: readonly string[] = words(`
the a an our my their its your his her this that these those of in on at to for with within into across by from and
or as than via per over under up out about around through is are be will we i so very sure each every any also both
it w more most less other such
`);
