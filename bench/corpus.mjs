// Deterministic generator of realistic plan repositories for `npm run bench`.
// A corpus of N plans is a company plan, team plans (each with four quarter plans) and account plans under the
// teams, ~5 KB each: analysis prose, tables, items with fields, cross-plan references and a few defects.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { convertLayout } from './layouts.mjs';

/** Bump when the generated text changes, so stale corpora are rebuilt. */
export const CORPUS_VERSION = 4;

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Wonka',
  'Gringotts',
  'Oscorp',
  'Massive Dynamic',
  'Aperture',
  'Black Mesa',
  'Monarch',
  'Dunder Mifflin',
  'Pied Piper',
];
const SUFFIXES = ['Corp', 'Group', 'Holdings', 'Logistics', 'Health', 'Retail', 'Energy', 'Bank', 'Foods', 'Systems'];
const PEOPLE = [
  'Dana Reyes',
  'Sam Okafor',
  'Priya Nair',
  'Lena Fischer',
  'Tom Becker',
  'Aiko Tanaka',
  'Marco Rossi',
  'Ines Duarte',
  'Owen Price',
  'Yusuf Demir',
  'Clara Holm',
  'Ravi Menon',
  'Nora Walsh',
  'Jonas Berg',
  'Maya Cohen',
];
const REGIONS = ['emea', 'amer', 'apac', 'dach', 'nordics', 'benelux', 'iberia', 'uk', 'france', 'italy'];
const SEGMENTS = ['enterprise', 'midmarket', 'public', 'finserv', 'health', 'retail', 'industrial', 'telco'];
const PRODUCTS = [
  'the analytics suite',
  'the data platform',
  'premium support',
  'the security add-on',
  'the workflow module',
  'the mobile SDK',
  'managed hosting',
  'the AI assistant',
];
const ROLES = ['CIO', 'CFO', 'VP Operations', 'Head of Procurement', 'Director of IT', 'Chief Data Officer', 'VP Sales', 'Head of Security'];

const PROSE = [
  'The customer is consolidating vendors after two acquisitions and wants fewer, deeper partnerships.',
  'Their fiscal year closes in January, so budget is committed in the last two weeks of November.',
  'Procurement runs a formal RFP for anything above $250k and the CFO signs every multi-year deal.',
  'The **CIO** sponsors a modernisation programme that has stalled twice because of data quality.',
  'A competitor holds the incumbent contract until March and discounts aggressively at renewal.',
  'Decisions are made by a steering committee that meets monthly; the business owner has the casting vote.',
  'They measure success by time to insight for regional managers and by cost per transaction.',
  'Politics: the operations team distrusts central IT after a failed ERP rollout in 2024.',
  'Industry margins are under pressure, and the board has asked for a 12% cut in run costs.',
  'Their public filings show revenue of $4.1B with flat growth and a push into subscription services.',
  'Key players are the CIO, the VP Operations and a new Chief Data Officer hired from a fintech.',
  'We have strong relationships in the data team but none yet in finance or procurement.',
  'The account has used `the data platform` since 2023 and renewed once without expansion.',
  'See the [account review deck](https://example.com/deck) for the detailed pipeline and history.',
  'Usage grew 30% last year, mostly in the European subsidiaries, while North America stayed flat.',
  'Their security team requires SOC 2 reports and an on-site review before any new data flows.',
  'Legal reviews take six to eight weeks, so contracts must reach them by the start of the quarter.',
  'The partner ecosystem matters: two system integrators run most of their implementation work.',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function paragraph(rand, sentences) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(pick(rand, PROSE));
  return out.join(' ');
}

function frontMatter(plan) {
  const lines = ['---', `id: ${plan.id}`, `title: ${plan.title}`, `kind: ${plan.kind}`, `owner: ${plan.owner}`, `period: ${plan.period}`];
  if (plan.parent) lines.push(`parent: ${plan.parent}`);
  lines.push(`status: ${plan.status}`, '---', '');
  return lines.join('\n');
}

function items(prefix, count, make) {
  const out = [];
  for (let i = 1; i <= count; i++) out.push(make(`${prefix}${i}`, i));
  return out.join('\n');
}

/** One plan's Markdown; `defect` picks one realistic mistake (or none). */
function planText(plan, rand) {
  const d = plan.defect;
  const goals = 3;
  const parentGoal = () => `${plan.parent}#G${1 + Math.floor(rand() * 3)}`;
  const product = () => pick(rand, PRODUCTS);
  const owner = () => pick(rand, PEOPLE);
  const quarter = plan.period.includes('-Q') ? Number(plan.period.slice(-1)) : 4;
  const dueMonth = String(quarter * 3).padStart(2, '0');
  const due = `2027-${dueMonth}-${quarter === 1 || quarter === 4 ? '31' : '30'}`;
  const parts = [frontMatter(plan), `# ${plan.title}`, ''];
  if (d === 'directive') parts.push('<!-- plan-lint-disable owner-required -->', '');

  parts.push('## Account Analysis', '', paragraph(rand, 5), '', paragraph(rand, 4), '', paragraph(rand, 4), '');
  parts.push(
    '## Organizational Analysis',
    '',
    '| Role | Name | Relationship |',
    '|------|------|--------------|',
    ...ROLES.slice(0, 5).map((role) => `| ${role} | ${owner()} | ${pick(rand, ['sponsor', 'neutral', 'detractor', 'coach', 'unknown'])} |`),
    '',
    paragraph(rand, 3),
    '',
  );
  parts.push(
    '## Opportunities',
    '',
    items('O', 3, (id) => `- **${id}** Expand ${product()} into the ${pick(rand, REGIONS).toUpperCase()} business units.\n  - Owner: ${owner()}`),
    '',
  );
  parts.push(
    '## Goals',
    '',
    items('G', goals, (id, i) => {
      const from = 1 + Math.floor(rand() * 20) / 10;
      const to = (from * (1.1 + rand() * 0.3)).toFixed(1);
      const vague = d === 'vague-goal' && i === 2;
      const fields = [];
      if (!(d === 'untraced-goal' && i === 1)) fields.push(`  - Opportunities: O${i}${i < 3 ? `, O${i + 1}` : ''}`);
      if (plan.parent) fields.push(`  - Supports: ${d === 'bad-parent-ref' && i === 1 ? `${plan.parent}#G9` : parentGoal()}`);
      if (!(d === 'no-owner' && i === 3)) fields.push(`  - Owner: ${owner()}`);
      fields.push('  - Metric: ARR', `  - Baseline: $${from.toFixed(1)}M`, `  - Target: $${to}M`, `  - Due: ${due}`);
      fields.push(`  - Status: ${pick(rand, ['on track', 'at risk', 'on track', 'met'])}`);
      const statement = vague
        ? 'Improve things with the customer and do better overall.'
        : `Grow ${pick(rand, SEGMENTS)} ARR from $${from.toFixed(1)}M to $${to}M by ${due}.`;
      return `- **${id}** ${statement}\n${fields.join('\n')}`;
    }),
    '',
  );
  parts.push(
    '## Objectives',
    '',
    items('OB', 4, (id, i) => {
      const goal = d === 'bad-local-ref' && i === 4 ? 'G7' : `G${1 + ((i - 1) % goals)}`;
      return `- **${id}** Run ${2 + i} executive briefings with the ${pick(rand, ROLES)} by ${due}.\n  - Goals: ${goal}\n  - Owner: ${owner()}\n  - Due: ${due}`;
    }),
    '',
  );
  parts.push(
    '## Approach',
    '',
    items('A', 4, (id, i) => `- **${id}** Co-sell ${product()} with the integrator and run a paid pilot in one subsidiary.\n  - Objectives: OB${i}`),
    '',
  );
  const risks = 3;
  parts.push(
    '## Risks',
    '',
    items(
      'R',
      risks,
      (id) =>
        `- **${id}** The ${pick(rand, ROLES)} leaves or the budget moves to next year.\n  - Likelihood: ${pick(rand, ['low', 'medium', 'high'])}\n  - Impact: ${pick(rand, ['low', 'medium', 'high'])}`,
    ),
    '',
  );
  parts.push(
    '## Contingencies',
    '',
    items(
      'C',
      d === 'uncovered-risk' ? risks - 1 : risks,
      (id, i) => `- **${id}** Re-qualify with the business owner within 30 days and bring in our executive sponsor.\n  - Risks: R${i}`,
    ),
    '',
  );
  if (d !== 'missing-section') {
    parts.push(
      '## Resources',
      '',
      '| Need | Have | Gap |',
      '|------|------|-----|',
      `| Solution engineer | ${(rand() * 2).toFixed(1)} FTE | 0.5 FTE |`,
      `| Marketing budget | $${Math.floor(rand() * 90 + 10)}k | $20k |`,
      '',
      `- Executive sponsor: ${owner()}`,
      '- Partner: the regional system integrator',
      '',
    );
  }
  parts.push(
    '## Accountability',
    '',
    `- ${plan.owner} reviews this plan monthly with the team lead.`,
    '- Quarterly business review with the customer sponsor.',
    '',
  );
  if (plan.review) {
    parts.push(
      '## Review',
      '',
      items('G', goals, (id, i) => `- **${id}** ${i === 2 ? 'Missed' : 'Met'} — ${paragraph(rand, 1)}\n  - Lesson: multi-thread every deal above $250k.`),
      '',
    );
  }
  return parts.join('\n');
}

const DEFECTS = ['no-owner', 'vague-goal', 'untraced-goal', 'bad-local-ref', 'bad-parent-ref', 'uncovered-risk', 'missing-section', 'directive'];

/**
 * The plans of a corpus of `count` plans: one company plan, teams of five (year + four quarters), accounts. With
 * `layouts: 'mixed'`, every third plan is rewritten in table layout or (alternately) with its Goals in OKR layout.
 */
export function corpusPlans(count, { layouts = 'canonical' } = {}) {
  const rand = random(0x5eed + count);
  const plans = [];
  plans.push({
    path: 'company/fy2027.md',
    id: 'company-fy2027',
    title: 'Company — FY2027 plan',
    kind: 'company',
    owner: 'Jordan Blake',
    period: 'FY2027',
    status: 'active',
  });
  const teams = Math.max(2, Math.round(count / 25));
  const teamIds = [];
  for (let t = 0; t < teams && plans.length + 5 <= count; t++) {
    const name = `${pick(rand, REGIONS)}-${pick(rand, SEGMENTS)}-${t + 1}`;
    const id = `${name}-fy2027`;
    teamIds.push({ name, id });
    plans.push({
      path: `teams/${name}/fy2027.md`,
      id,
      title: `${name} team — FY2027`,
      kind: 'team',
      owner: pick(rand, PEOPLE),
      period: 'FY2027',
      parent: 'company-fy2027',
      status: 'active',
    });
    for (let q = 1; q <= 4; q++) {
      plans.push({
        path: `teams/${name}/fy2027-q${q}.md`,
        id: `${name}-fy2027-q${q}`,
        title: `${name} team — FY2027 Q${q}`,
        kind: 'team',
        owner: pick(rand, PEOPLE),
        period: `FY2027-Q${q}`,
        parent: id,
        status: q === 1 ? 'closed' : 'active',
        review: q === 1,
      });
    }
  }
  for (let a = 0; plans.length < count; a++) {
    const team = teamIds[a % teamIds.length];
    const company = `${pick(rand, COMPANIES)} ${pick(rand, SUFFIXES)}`;
    const slug = `${company.toLowerCase().replace(/[^a-z]+/g, '-')}-${a + 1}`;
    plans.push({
      path: `accounts/${team.name}/${slug}.md`,
      id: `${slug}-fy2027`,
      title: `${company} — FY2027 account plan`,
      kind: 'account',
      owner: pick(rand, PEOPLE),
      period: 'FY2027',
      parent: team.id,
      status: 'active',
    });
  }
  plans.forEach((plan, index) => {
    // About one plan in six carries one realistic mistake.
    if (index > 0 && rand() < 0.17) plan.defect = pick(rand, DEFECTS);
  });
  return plans.map((plan, index) => {
    const text = planText(plan, random(count * 7919 + index));
    if (layouts !== 'mixed' || index % 3 !== 2) return { ...plan, text };
    const layout = index % 6 === 2 ? 'table' : 'okr';
    return { ...plan, layout, text: convertLayout(text, layout).text };
  });
}

/** Writes the corpus into `dir` unless an identical one is already there; returns the plans' paths. */
export function writeCorpus(dir, count, { layouts = 'canonical' } = {}) {
  const stamp = join(dir, '.corpus.json');
  const expected = JSON.stringify({ version: CORPUS_VERSION, count, ...(layouts === 'canonical' ? {} : { layouts }) });
  const plans = corpusPlans(count, { layouts });
  let current;
  try {
    current = readFileSync(stamp, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== expected) {
    rmSync(dir, { recursive: true, force: true });
    for (const plan of plans) {
      const file = join(dir, plan.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, plan.text);
    }
    // A plans repo has a config at its root; it also marks where the repo ends, so plan never looks above it.
    writeFileSync(join(dir, '.planrc.yaml'), '# A generated plans repo for npm run bench.\nfiscalYearStart: 1\n');
    writeFileSync(stamp, expected);
  }
  return plans.map((plan) => join(dir, plan.path));
}
