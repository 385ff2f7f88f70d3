import { type Amount, scaled } from './amount.js';
import { findQuantities } from './quantity.js';

/** A baseline -> target change found in a goal. `ratio` is to / from (1.3 = +30%, 0.5 = halved). */
export interface Growth {
  from?: Amount;
  to?: Amount;
  unit?: string;
  ratio: number;
}

const RISE_VERBS =
  /\b(?:grow|grows|growing|increase|increases|increasing|raise|raising|lift|lifting|boost|boosting|expand|expanding|improve|improving|up|uplift|accelerate|scale|scaling)\b/i;
const FALL_VERBS = /\b(?:reduce|reducing|cut|cutting|decrease|decreasing|lower|lowering|shrink|shorten|shortening|drop|dropping|down|trim)\b/i;
const ARROW_OR_TO = /^\s*(?:[a-z][\w-]*\s+){0,2}?(?:to|->|→|=>|–>|up\s+to|down\s+to|-)\s*$/i;
const FROM_BEFORE = /\b(?:from|baseline(?:\s+of)?|currently|today)\s*:?\s*$/i;
const BY_BEFORE = /\bby\s+(?:about\s+|around\s+|at\s+least\s+)?$/i;
const GROWTH_AFTER = /^\s*(?:growth|increase|uplift|more|higher|yoy|y\/y|year[-\s]over[-\s]year|up)\b/i;
const MULTIPLIER_WORDS = /^(?:double|doubling|triple|tripling|quadruple|halve|halving)$/i;
/** "coverage to 3x", "at 4x", "a ratio of 3x": a level to reach, not growth (without a baseline it says nothing of it). */
const LEVEL_BEFORE = /\b(?:to|at|of|reach|reaches|reaching|hit|maintain|keep|above|over)\s+(?:at\s+least\s+|about\s+|around\s+)?$/i;

function compatible(a: Amount, b: Amount): boolean {
  if (a.unit === 'currency' || b.unit === 'currency') return a.unit === b.unit;
  if (a.unit === 'percent' || b.unit === 'percent') return a.unit === b.unit;
  return a.unit !== 'multiple' && b.unit !== 'multiple';
}

const SCALE_SUFFIX = /\d\s?(k|thousand|mm|mn|m|million|bn|b|billion)\b/i;

/** "from $2.0 to $2.6M" means millions both: a bare baseline takes the target's scale. */
function alignScales(from: Amount, to: Amount): number {
  const fromScale = SCALE_SUFFIX.exec(from.text)?.[1];
  const toScale = SCALE_SUFFIX.exec(to.text)?.[1];
  const fromValue = fromScale === undefined ? scaled(from.value, toScale) : from.value;
  return fromValue === 0 ? Infinity : to.value / fromValue;
}

/**
 * The growth a goal asks for: "from $2.0M to $2.6M" / "$2.0M -> $2.6M" (from/to), "grow ARR by 30%" / "30% growth"
 * (ratio 1.3), "reduce churn by 20%" (0.8), "double pipeline" (2). Undefined when the goal states no change.
 */
export function findGrowth(text: string): Growth | undefined {
  const amounts = findQuantities(text);
  for (let i = 0; i + 1 < amounts.length; i++) {
    const from = amounts[i] as Amount;
    const to = amounts[i + 1] as Amount;
    const between = text.slice(from.index + from.text.length, to.index);
    if (!ARROW_OR_TO.test(between) || !compatible(from, to)) continue;
    if (!FROM_BEFORE.test(text.slice(0, from.index)) && !/->|→|=>/.test(between)) continue;
    return growthBetween(from, to);
  }
  for (const amount of amounts) {
    const before = text.slice(0, amount.index);
    const after = text.slice(amount.index + amount.text.length);
    if (amount.unit === 'percent' && (BY_BEFORE.test(before) || GROWTH_AFTER.test(after))) {
      const clause = before.split(/[.;]/).pop() ?? '';
      const falling = FALL_VERBS.test(clause) && !RISE_VERBS.test(clause.replace(FALL_VERBS, ''));
      return { ratio: falling ? 1 - amount.value / 100 : 1 + amount.value / 100, unit: 'percent', to: amount };
    }
    const isLevel = LEVEL_BEFORE.test(before);
    if (amount.unit === 'multiple' && (MULTIPLIER_WORDS.test(amount.text) || (!isLevel && RISE_VERBS.test(before.split(/[.;]/).pop() ?? '')))) {
      return { ratio: amount.value, unit: 'multiple', to: amount };
    }
  }
  return undefined;
}

/** Growth from a `Baseline:` and a `Target:` field's amounts. */
export function growthBetween(from: Amount, to: Amount): Growth | undefined {
  if (!compatible(from, to)) return undefined;
  const growth: Growth = { from, to, ratio: alignScales(from, to) };
  const unit = to.unit ?? from.unit;
  if (unit !== undefined) growth.unit = unit;
  return growth;
}
