import type { Root } from 'mdast';
import { LineIndex } from '../parse/lines.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { PlanModel } from './types.js';

/** What buildPlanHead reads at once: who the plan is and how it links up (front matter only). */
export type PlanHead = Pick<PlanModel, 'file' | 'id' | 'frontMatter' | 'headPlaces' | 'kind' | 'period' | 'owner' | 'parent' | 'status' | 'title'>;

/**
 * A plan read for its head only (a plan of the repo loaded to resolve links): its sections and items are read from
 * its text, already in memory, when something asks for them. `rebuild` reads the whole model, as linting it would.
 * A class, its getters on the prototype: a 1,000-plan repo makes 1,000 of these, and defining seven getters on each
 * object took ~25 ms of a one-plan lint. `source` is the text, or what gives it again from bytes already in memory.
 */
export function lazyPlan(head: PlanHead, source: string | (() => string), rebuild: (source: string) => PlanModel): PlanModel {
  return new HeadOnlyPlan(head, source, rebuild) as unknown as PlanModel;
}

class HeadOnlyPlan {
  #full: PlanModel | undefined;
  #lines: LineIndex | undefined;
  #tree: Root | undefined;
  #source: string | (() => string);
  readonly #rebuild: (source: string) => PlanModel;

  constructor(head: PlanHead, source: string | (() => string), rebuild: (source: string) => PlanModel) {
    Object.assign(this, head);
    this.#source = source;
    this.#rebuild = rebuild;
  }

  get source(): string {
    if (typeof this.#source !== 'string') this.#source = this.#source();
    return this.#source;
  }

  get #model(): PlanModel {
    return (this.#full ??= this.#rebuild(this.source));
  }
  get sections() {
    return this.#model.sections;
  }
  get items() {
    return this.#model.items;
  }
  get reviewItems() {
    return this.#model.reviewItems;
  }
  get directives() {
    return this.#model.directives;
  }
  get actuals() {
    return this.#model.actuals;
  }
  get lines(): LineIndex {
    return (this.#lines ??= new LineIndex(this.source));
  }
  get tree(): Root {
    return (this.#tree ??= parseMarkdown(this.source, (this as unknown as PlanHead).frontMatter.endOffset));
  }
}

/** The whole mdast is parsed only when something asks for it: no rule of the tool does, so a lint run never pays for it. */
export function defineTree(plan: PlanModel, tree?: Root): void {
  let parsed = tree;
  Object.defineProperty(plan, 'tree', {
    configurable: true,
    enumerable: false,
    get: () => (parsed ??= parseMarkdown(plan.source, plan.frontMatter.endOffset)),
  });
}
