import { type ActualsInput, actualsOf } from '../actuals/run.js';
import type { PlanModel } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import type { StatusSettings } from '../status/build.js';
import type { ProgressOf } from './data.js';

/**
 * The report's progress from the run's actuals (`Actual:` fields, check-ins, CSV exports, roll-up), counted as
 * `plan status` counts it: behind only while the goal runs.
 */
export function progressFromActuals(graph: PlanGraph<PlanModel>, settings: StatusSettings, input?: ActualsInput): ProgressOf {
  const run = actualsOf(graph, settings, input);
  return (plan, item) => {
    const goal = run.summaryOf(plan).goals.find((g) => g.line === item.line);
    if (!goal) return undefined;
    const state = run.stateOf(plan, goal, { tolerance: settings.tolerance, pace: settings.pace });
    const readings = (state.rolledUp ? [state.rolledUp] : state.readings).filter((r) => r.date <= settings.today).map(({ date, value }) => ({ date, value }));
    const { progress, expected, latest, behind } = state.progress;
    return {
      readings,
      ...(progress === undefined ? {} : { progress: { value: progress, expected }, behind: state.running && behind }),
      ...(latest ? { latest: `${latest.text} (${latest.date})` } : {}),
    };
  };
}
