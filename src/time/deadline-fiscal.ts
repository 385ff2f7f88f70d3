import { isoDate } from './dates.js';
import { deadlineAt, type Deadline, type DeadlineContext, type DeadlineMatcher } from './deadline-types.js';
import {
  fiscalHalfPeriod,
  fiscalQuarterPeriod,
  fiscalYearPeriod,
  fullYear,
  halfContaining,
  quarterContaining,
  type Half,
  type Period,
  type Quarter,
} from './period.js';

/**
 * Fiscal phrases chrono-node cannot read: quarters ("Q3 2027", "FY27 Q3", "3Q27", "third quarter"), halves ("H1",
 * "2H 2027", "first half"), fiscal years ("FY2027", "in 2027", "by year-end") and the plan-relative "this quarter",
 * "next quarter", "end of quarter". A quarter, half or year without a year is the one in the plan's fiscal year.
 */

const YEAR = `(?:(?:fy|fiscal(?:\\s+year)?)\\s?'?(?:\\d{4}|\\d{2})|'\\d{2}|20\\d{2})`;
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

function yearOf(token: string | undefined, ctx: DeadlineContext): number | undefined {
  if (token === undefined) return ctx.period?.fiscalYear;
  const digits = /(\d{4}|\d{2})$/.exec(token)?.[1];
  return digits === undefined ? undefined : fullYear(digits);
}

function startRequested(text: string, index: number): boolean {
  return /\b(?:start|beginning|begin|kick-?off)\s+of\s+(?:the\s+)?$/i.test(text.slice(0, index));
}

interface PhraseForm {
  pattern: RegExp;
  resolve(match: RegExpExecArray, ctx: DeadlineContext): Period | undefined;
}

const quarter = (year: number | undefined, index: number, ctx: DeadlineContext): Period | undefined =>
  year === undefined || index < 1 || index > 4 ? undefined : fiscalQuarterPeriod(year, index as Quarter, ctx.fiscalYearStartMonth);
const half = (year: number | undefined, index: number, ctx: DeadlineContext): Period | undefined =>
  year === undefined || index < 1 || index > 2 ? undefined : fiscalHalfPeriod(year, index as Half, ctx.fiscalYearStartMonth);
const year = (value: number | undefined, ctx: DeadlineContext): Period | undefined =>
  value === undefined ? undefined : fiscalYearPeriod(value, ctx.fiscalYearStartMonth);

const FORMS: PhraseForm[] = [
  // Quarters
  { pattern: new RegExp(`\\b(${YEAR})\\s?[-\\s]?\\s?Q([1-4])\\b`, 'gi'), resolve: (m, ctx) => quarter(yearOf(m[1], ctx), Number(m[2]), ctx) },
  {
    pattern: new RegExp(`\\bQ([1-4])(?:\\s*(?:of\\s+)?[-/,]?\\s*(${YEAR}))?(?![\\w-])`, 'gi'),
    resolve: (m, ctx) => quarter(yearOf(m[2], ctx), Number(m[1]), ctx),
  },
  { pattern: /\b([1-4])Q(?:\s?'?(\d{4}|\d{2}))?\b/g, resolve: (m, ctx) => quarter(m[2] ? fullYear(m[2]) : ctx.period?.fiscalYear, Number(m[1]), ctx) },
  {
    pattern: new RegExp(
      `\\b(first|1st|second|2nd|third|3rd|fourth|4th|final)\\s+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:the\\s+)?(?:(${YEAR})|(?:fiscal\\s+|financial\\s+)?year))?`,
      'gi',
    ),
    resolve: (m, ctx) => quarter(yearOf(m[2], ctx), ORDINAL[(m[1] ?? '').toLowerCase()] ?? 0, ctx),
  },
  // Halves
  { pattern: new RegExp(`\\b(${YEAR})\\s?[-\\s]?\\s?H([12])\\b`, 'gi'), resolve: (m, ctx) => half(yearOf(m[1], ctx), Number(m[2]), ctx) },
  { pattern: new RegExp(`\\bH([12])(?:\\s*(?:of\\s+)?[-/,]?\\s*(${YEAR}))?(?![\\w-])`, 'gi'), resolve: (m, ctx) => half(yearOf(m[2], ctx), Number(m[1]), ctx) },
  { pattern: /\b([12])H(?:\s?'?(\d{4}|\d{2}))?\b/g, resolve: (m, ctx) => half(m[2] ? fullYear(m[2]) : ctx.period?.fiscalYear, Number(m[1]), ctx) },
  {
    pattern: new RegExp(`\\b(first|1st|second|2nd)\\s+half(?:\\s+of\\s+(?:the\\s+)?(?:(${YEAR})|(?:fiscal\\s+|financial\\s+)?year))?`, 'gi'),
    resolve: (m, ctx) => half(yearOf(m[2], ctx), ORDINAL[(m[1] ?? '').toLowerCase()] ?? 0, ctx),
  },
  { pattern: /\bmid[-\s]?year\b/gi, resolve: (_m, ctx) => half(ctx.period?.fiscalYear, 1, ctx) },
  { pattern: /\bmid[-\s]?(20\d{2})\b/gi, resolve: (m, ctx) => half(Number(m[1]), 1, ctx) },
  // Fiscal and calendar years
  { pattern: /\b(?:fy|fiscal(?:\s+year)?)[-\s]?'?(\d{4}|\d{2})\b/gi, resolve: (m, ctx) => year(fullYear(m[1] ?? ''), ctx) },
  { pattern: /\bend[-\s](20\d{2})\b/gi, resolve: (m, ctx) => year(Number(m[1]), ctx) },
  { pattern: /\b(?:this|current|the\s+current)\s+fy\b/gi, resolve: (_m, ctx) => year(ctx.period?.fiscalYear, ctx) },
  {
    pattern: /\b(?:cy\s?'?|calendar\s+(?:year\s+)?)(\d{4}|\d{2})\b/gi,
    resolve: (m) => {
      const y = fullYear(m[1] ?? '');
      return { ...fiscalYearPeriod(y, 1), start: isoDate(y, 1, 1), end: isoDate(y, 12, 31) };
    },
  },
  {
    pattern:
      /\b(?:by|in|during|for|before|through|throughout|until|till|within|across|of|end\s+of|the\s+end\s+of)\s+(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?year\s+)?(20\d{2})(?![\w/-]|\.\d|\s*%)/gi,
    resolve: (m, ctx) => year(Number(m[1]), ctx),
  },
  {
    pattern:
      /\b(?:(?:fiscal|financial|calendar)\s+)?year[-\s]?end\b|\bend\s+of\s+(?:the\s+)?(?:(?:fiscal|financial|calendar|this)\s+)?year\b|\bend\s+of\s+(?:the\s+)?fy\b|\b(?:this|the\s+current|current)\s+(?:fiscal\s+|financial\s+)?year\b|\bclose\s+of\s+(?:the\s+)?(?:fiscal\s+)?year\b|\b(?:for|in|during|within|over|throughout)\s+(?:the\s+course\s+of\s+)?the\s+(?:fiscal\s+|financial\s+)?year\b(?!\s+(?:20\d{2}|ago|before))|\b(?:fiscal\s+|financial\s+)?year\s+(?:ends|closes|is\s+out)\b|\bclose\s+(?:out\s+)?the\s+(?:fiscal\s+|financial\s+)?year\b/gi,
    resolve: (_m, ctx) => year(ctx.period?.fiscalYear, ctx),
  },
  // "EOQ3", "EOH1", "EOQ2 FY27": the end of that quarter or half
  {
    pattern: new RegExp(`\\bEO([QH])([1-4])(?:\\s*(?:of\\s+)?(${YEAR}))?(?![\\w-])`, 'gi'),
    resolve: (m, ctx) => ((m[1] ?? '').toUpperCase() === 'Q' ? quarter : half)(yearOf(m[3], ctx), Number(m[2]), ctx),
  },
  { pattern: /\b(?:EOY|FYE|EOFY|YE)\b/g, resolve: (_m, ctx) => year(ctx.period?.fiscalYear, ctx) },
  { pattern: /\bnext\s+(?:fiscal\s+|financial\s+)?year\b/gi, resolve: (_m, ctx) => year(ctx.period && ctx.period.fiscalYear + 1, ctx) },
  // Quarters and halves relative to the plan: the first one of its period, and the one after it
  {
    pattern: /\b(?:end\s+of\s+(?:the\s+)?(?:this\s+|current\s+)?quarter|quarter[-\s]end|(?:this|current|the\s+current)\s+quarter)\b|\bEOQ\b/gi,
    resolve: (_m, ctx) => (ctx.period ? quarterContaining(ctx.period.start, ctx.fiscalYearStartMonth) : undefined),
  },
  {
    pattern: /\b(?:end\s+of\s+(?:the\s+)?)?next\s+quarter\b/gi,
    resolve: (_m, ctx) => {
      if (!ctx.period) return undefined;
      const first = quarterContaining(ctx.period.start, ctx.fiscalYearStartMonth);
      return first.quarter === 4 ? quarter(first.fiscalYear + 1, 1, ctx) : quarter(first.fiscalYear, (first.quarter ?? 1) + 1, ctx);
    },
  },
  {
    pattern: /\b(?:end\s+of\s+(?:the\s+)?(?:this\s+)?half|(?:this|current)\s+half)\b/gi,
    resolve: (_m, ctx) => (ctx.period ? halfContaining(ctx.period.start, ctx.fiscalYearStartMonth) : undefined),
  },
];

export const findFiscalDeadlines: DeadlineMatcher = (text, ctx) => {
  const found: Deadline[] = [];
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const period = form.resolve(match as RegExpExecArray, ctx);
      if (!period) continue;
      const date = startRequested(text, match.index) ? period.start : period.end;
      found.push(deadlineAt(match as RegExpExecArray, { start: period.start, end: date }));
    }
  }
  return found;
};
