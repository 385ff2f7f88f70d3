import { createHash } from 'node:crypto';
import { plural } from '../formatters/summary.js';
import { parsePeriod } from '../time/period.js';
import { SCRIPT, STYLE } from './assets.js';
import { anchorFor, clip, escapeHtml as e } from './escape.js';
import { progressBar, sparkline } from './svg.js';
import type { FindingRef, HistoryChange, QuarterDiff, ReportData, ReportGoal, ReportPlan } from './types.js';

/** Marks a file as a report `plan report` wrote, which it may replace without --force. */
export const GENERATOR_META = '<meta name="generator" content="plan report">';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Status words and how they read: good, at risk, bad. */
function statusTone(status: string): string {
  if (/\b(?:on[\s-]track|met|done|achieved|exceeded|complete)/i.test(status) && !/\bnot met\b/i.test(status)) return 'good';
  if (/\b(?:at[\s-]risk|slipping|partially|partly)/i.test(status)) return 'risk';
  if (/\b(?:behind|off[\s-]track|missed|not met|blocked)/i.test(status)) return 'bad';
  return 'none';
}

/** The whole report as one HTML page: inline style and script (allowed by hash), every plan string escaped. */
export function renderReportHtml(data: ReportData, options: { fiscalYearStart?: number } = {}): string {
  const taken = new Set<string>();
  const planAnchor = new Map(data.plans.map((p) => [p.id, anchorFor('plan', p.id, taken)]));
  const goalAnchor = new Map(data.goals.map((g) => [g.key, anchorFor('goal', g.key, taken)]));
  const findingsAnchor = new Map(data.plans.map((p) => [p.id, anchorFor('findings', p.id, taken)]));
  const planById = new Map(data.plans.map((p) => [p.id, p]));
  const goalByKey = new Map(data.goals.map((g) => [g.key, g]));
  const findingId = (plan: string, index: number) => `${findingsAnchor.get(plan)}-${index + 1}`;

  const goalLink = (key: string) => {
    const anchor = goalAnchor.get(key);
    return anchor ? `<a href="#${anchor}">${e(clip(key, 120))}</a>` : e(clip(key, 120));
  };
  const planLink = (id: string) => `<a href="#${planAnchor.get(id)}">${e(clip(planById.get(id)?.title ?? id, 160))}</a>`;
  const findingLink = (ref: FindingRef) => {
    const finding = planById.get(ref.plan)!.findings[ref.finding]!;
    return `<a href="#${findingId(ref.plan, ref.finding)}">${e(clip(ref.plan, 120))}</a>: ${e(clip(finding.message, 300))}`;
  };

  const tile = (label: string, items: string[], what: string) =>
    `<details class="tile${items.length > 0 ? ' hot' : ''}"><summary><span class="n">${items.length}</span>${label}</summary>${
      items.length > 0 ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : `<p class="muted">No ${what}.</p>`
    }</details>`;
  const d = data.dashboard;
  const strip = `<section aria-labelledby="h-dashboard"><h2 id="h-dashboard">Dashboard</h2><div class="strip">${[
    tile(
      'goals behind pace',
      d.behind.map((key) => `${goalLink(key)}${goalByKey.get(key)?.status ? ` (${e(clip(goalByKey.get(key)!.status!, 60))})` : ''}`),
      'goal is behind',
    ),
    tile('overdue items', d.overdue.map(findingLink), 'item is overdue'),
    tile('risks without a contingency', d.risksWithoutContingency.map(findingLink), 'risk lacks a contingency'),
    tile(
      'plans without a review',
      d.unreviewed.map((ref) => `<a href="#${findingId(ref.plan, ref.finding)}">${e(clip(ref.plan, 120))}</a>`),
      'ended plan lacks a review',
    ),
    tile(
      `plans not edited for 60 days`,
      d.stale.map((s) => `${planLink(s.plan)} (last edited ${e(s.lastEdited)})`),
      'plan is stale',
    ),
  ].join('')}</div></section>`;

  const goalHtml = (goal: ReportGoal, plan: ReportPlan) => {
    const facts: [string, string | undefined][] = [
      ['Target', goal.target],
      ['Latest actual', goal.actual],
      ['Deadline', goal.deadline],
      ['Owner', goal.owner],
    ];
    const links = [
      goal.supports.length > 0 ? `Supports ${goal.supports.map(goalLink).join(', ')}` : '',
      goal.supportedBy.length > 0 ? `Supported by ${goal.supportedBy.map(goalLink).join(', ')}` : '',
    ].filter(Boolean);
    const period = plan.period ? parsePeriod(plan.period, options.fiscalYearStart ?? 1) : undefined;
    const spark = period
      ? sparkline(goal.readings, {
          start: period.start,
          end: goal.deadline ?? period.end,
          ...(goal.baseline ? { baseline: goal.baseline } : {}),
          ...(goal.target ? { target: goal.target } : {}),
        })
      : undefined;
    const flags = [goal.behind ? 'behind' : '', goal.overdue ? 'overdue' : ''].filter(Boolean);
    return `<li id="${goalAnchor.get(goal.key)}"><div><p>${goal.id ? `<span class="gid">${e(clip(goal.id, 40))}</span>` : ''}${goal.type === 'objective' ? '<span class="kind">objective</span>' : ''}${e(clip(goal.statement))}${
      flags.length > 0 ? ` <span class="flag">${flags.join(', ')}</span>` : ''
    }</p><dl class="facts">${facts
      .filter(([, value]) => value)
      .map(([name, value]) => `<dt>${name}</dt><dd>${e(clip(value!, 200))}</dd>`)
      .join('')}</dl>${links.length > 0 ? `<p class="links">${links.join(' · ')}</p>` : ''}</div><div>${progressOf(goal)}${spark ?? ''}</div></li>`;
  };

  const planHtml = (plan: ReportPlan): string => {
    const owners = new Set([plan.owner, ...plan.goals.map((key) => goalByKey.get(key)?.owner)].filter((o): o is string => Boolean(o)));
    const behind = plan.goals.some((key) => goalByKey.get(key)?.behind);
    const health =
      plan.errors + plan.warnings === 0
        ? '<span class="health ok">lint clean</span>'
        : `<a class="health${plan.errors > 0 ? ' err' : ''}" href="#${findingsAnchor.get(plan.id)}">${plural(plan.errors, 'error')}, ${plural(plan.warnings, 'warning')}</a>`;
    const meta = [plan.period, plan.owner ? `owner ${plan.owner}` : undefined, plan.status, plan.file].filter(Boolean).map((text) => e(clip(text!, 160)));
    const goals = plan.goals.map((key) => goalByKey.get(key)!);
    const findings =
      plan.findings.length > 0
        ? `<details class="findings" id="${findingsAnchor.get(plan.id)}"><summary>Lint findings (${plan.findings.length})</summary><ul>${plan.findings
            .map(
              (f, i) =>
                `<li id="${findingId(plan.id, i)}"><span class="sev-${f.severity}">${f.severity}</span> line ${f.line}: ${e(clip(f.message, 400))} <span class="muted">${e(f.ruleId)}</span></li>`,
            )
            .join('')}</ul></details>`
        : '';
    const children = plan.children.map((id) => planById.get(id)!).filter(Boolean);
    return `<li class="plan" id="${planAnchor.get(plan.id)}" data-owners="${e([...owners].join('|'))}" data-kind="${e(plan.kind ?? '')}" data-period="${e(plan.period ?? '')}" data-behind="${behind ? 1 : 0}" data-errors="${plan.errors > 0 ? 1 : 0}"><details class="node" open><summary><h3>${
      plan.kind ? `<span class="kind">${e(plan.kind)}</span>` : ''
    }${e(clip(plan.title ?? plan.id, 300))}</h3><span class="meta">${meta.join(' · ')}</span></summary><div class="body"><p class="health-line">${health}</p>${
      goals.length > 0 ? `<ol class="goals">${goals.map((g) => goalHtml(g, plan)).join('')}</ol>` : '<p class="muted">No goals.</p>'
    }${findings}</div>${children.length > 0 ? `<ul>${children.map(planHtml).join('')}</ul>` : ''}</details></li>`;
  };

  const roots = data.plans.filter((p) => !p.parent || !planById.has(p.parent));
  /** A filter by the plans' `name` (owners: the goals' too), offering each value once. */
  const select = (name: 'owner' | 'kind' | 'period', label: string) => {
    const values = [...data.plans.map((p) => p[name]), ...(name === 'owner' ? data.goals.map((g) => g.owner) : [])];
    const options = [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b));
    return `<label>${label}<select name="${name}"><option value="">all</option>${options.map((v) => `<option value="${e(v)}">${e(clip(v, 80))}</option>`).join('')}</select></label>`;
  };
  const filters = `<form class="filters" id="filters" hidden aria-label="Filter plans">${select('owner', 'Owner')}${select('kind', 'Kind')}${select('period', 'Period')}<label><input type="checkbox" name="behind"> Behind only</label><label><input type="checkbox" name="errors"> Has errors</label><button type="reset">Clear</button><span id="shown" role="status"></span></form>`;
  const tree = `<section aria-labelledby="h-tree"><h2 id="h-tree">Alignment</h2>${filters}<p class="toolbar" id="toolbar" hidden><button type="button" id="expand">Expand all</button> <button type="button" id="collapse">Collapse all</button></p><ul class="tree">${roots.map(planHtml).join('')}</ul></section>`;

  const body = `<header><h1>${e(clip(data.title, 300))}</h1><p class="muted">${plural(data.plans.length, 'plan')}, ${plural(data.goals.length, 'goal')}, as of ${e(data.today)}.</p></header><main>${strip}${tree}${quartersHtml(data.quarters, planLink, goalLink)}${changesHtml(data.changes, goalLink)}</main><footer>Written by plan report. Open it from disk, mail it or publish it: it loads nothing from anywhere.</footer>`;
  const csp = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width,initial-scale=1">${GENERATOR_META}<title>${e(
    clip(data.title, 300),
  )}</title><style>${STYLE}</style></head><body>${body}<script>${SCRIPT}</script></body></html>\n`;
}

/** The progress boundary: a bar against the pace marker where readings give progress, else the goal's status only. */
function progressOf(goal: ReportGoal): string {
  if (goal.progress) return progressBar(goal.progress);
  return goal.status ? `<span class="chip ${statusTone(goal.status)}">${e(clip(goal.status, 60))}</span>` : '<span class="chip none">no status</span>';
}

function quartersHtml(quarters: QuarterDiff[], planLink: (id: string) => string, goalLink: (key: string) => string): string {
  if (quarters.length === 0) return '';
  const rows = quarters.map((q) => {
    const parts = [
      ...q.added.map((a) => `<li>added ${e(clip(a.text, 300))}</li>`),
      ...q.removed.map((r) => `<li>removed ${e(clip(r.text, 300))}</li>`),
      ...q.changed.map(
        (c) =>
          `<li>${goalLink(`${q.plan}#${c.id}`)}: ${c.changes.map((f) => `${e(f.field)} ${e(clip(f.old ?? '—', 200))} → ${e(clip(f.new ?? '—', 200))}${f.delta ? ` (${e(f.delta)})` : ''}`).join('; ')}</li>`,
      ),
    ];
    return `<li>${planLink(q.plan)} since ${planLink(q.previous)}: ${parts.length === 0 ? 'no goal changed' : `${q.added.length} added, ${q.removed.length} removed, ${q.changed.length} changed<ul>${parts.join('')}</ul>`}</li>`;
  });
  return `<section aria-labelledby="h-quarters"><h2 id="h-quarters">Quarter over quarter</h2><ul>${rows.join('')}</ul></section>`;
}

function changesHtml(changes: ReportData['changes'], goalLink: (key: string) => string): string {
  if (!changes) return '';
  const row = (c: HistoryChange) =>
    `<tr><td>${e(c.date)}</td><td>${goalLink(c.key)}</td><td>${e(c.field)}${c.goalpostMoved ? ' <span class="moved">goalpost moved</span>' : ''}</td><td>${e(clip(c.old ?? '—', 200))} → ${e(clip(c.new ?? '—', 200))}${c.delta ? ` (${e(c.delta)})` : ''}</td><td>${e(clip(c.author, 80))}</td><td><code>${e(c.commit.slice(0, 8))}</code></td></tr>`;
  const table =
    changes.items.length === 0
      ? '<p class="muted">No goal\'s target, owner, deadline or status changed.</p>'
      : `<table><thead><tr><th scope="col">Date</th><th scope="col">Item</th><th scope="col">Field</th><th scope="col">Change</th><th scope="col">Author</th><th scope="col">Commit</th></tr></thead><tbody>${changes.items.map(row).join('')}</tbody></table>`;
  return `<section aria-labelledby="h-changes"><h2 id="h-changes">Changes this period</h2><p class="muted">Since ${e(changes.since)}, from git.</p>${table}</section>`;
}
