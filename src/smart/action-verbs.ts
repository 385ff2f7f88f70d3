import { words } from './vague-words.js';

/** Base forms of the verbs goals start with. A word counts in any inflection: "closes", "closed", "closing". */
const ACTION_VERBS = new Set(
  words(`
accelerate achieve acquire activate add advance agree align analyze analyse arrange assess attain attend audit beat
become book boost brief bring build bump call capture certify close co-sell coach collect complete conduct connect
consolidate contact convert create cross-sell cultivate cut decrease deepen define defend deliver demo demonstrate deploy
design develop displace document double drive earn educate enable engage enhance ensure enter establish evaluate exceed
execute expand extend finalize finalise finish focus formalize foster gain gather generate get grow halve have help hire
hit hold host identify implement improve increase introduce invite keep land launch lead leverage lift lower maintain make
map meet mentor migrate move negotiate network nurture obtain onboard open optimize optimise organize organise outperform
own partner penetrate pilot pitch plan position prepare present produce propose prospect protect prove provide publish
qualify quote raise ramp reach re-engage recover recruit reduce release renew replace retain review roll run save
schedule secure sell ship shorten showcase shrink sign source speak stabilize stabilise standardize start strengthen
submit surpass sustain take target test tighten train trim triple turn upgrade upsell validate visit win work
`),
);

/** True when the word is an action verb in any common inflection. */
export function isActionVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (ACTION_VERBS.has(w)) return true;
  const stems = [
    w.replace(/ies$/, 'y'),
    w.replace(/es$/, ''),
    w.replace(/s$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/ed$/, 'e'),
    w.replace(/d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/(.)\1(?:ed|ing)$/, '$1'),
  ];
  return stems.some((stem) => stem !== w && ACTION_VERBS.has(stem));
}
