import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfigFile, validateConfig } from '../../src/config/load.js';
import { folder } from '../helpers/folder.js';

/** The one-line message of a config that does not validate. */
function messageOf(config: unknown): string {
  try {
    validateConfig(config, '/tmp');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the config validated');
}

describe('config errors say the allowed values and the nearest one (contract "Messages")', () => {
  it.each([
    [
      { rules: { 'smart-measurable': 'eror' } },
      'rules.smart-measurable: "eror" is not a severity: use off, warn or error (or 0, 1, 2), alone or as [severity, { options }]; did you mean "error"?',
    ],
    [
      { rules: { 'smart-measurable': ['wrn', {}] } },
      'rules.smart-measurable: "wrn" is not a severity: use off, warn or error (or 0, 1, 2), alone or as [severity, { options }]; did you mean "warn"?',
    ],
    [
      { rules: { 'smart-measurable': 7 } },
      'rules.smart-measurable: 7 is not a severity: use off, warn or error (or 0, 1, 2), alone or as [severity, { options }]',
    ],
    [{ rulez: {} }, 'rulez: unknown key; did you mean "rules"?'],
    [{ fiscalYearStrat: 2 }, 'fiscalYearStrat: unknown key; did you mean "fiscalYearStart"?'],
    [
      { rules: { 'smart-measurabel': 'warn' } },
      'rules.smart-measurabel: unknown rule "smart-measurabel"; did you mean "smart-measurable"? (run "plan rules" for the list)',
    ],
    [{ requiredSections: { acount: ['goals'] } }, 'requiredSections.acount: unknown key; did you mean "account"?'],
    [
      { requiredSections: { account: ['goal'] } },
      'requiredSections.account.0: "goal" is not allowed: use analysis, organization, opportunities, goals, objectives, approach, risks, contingencies, resources, accountability, checkins or review; did you mean "goals"?',
    ],
    [{ overrides: [{ files: 'a.md', rule: {} }] }, 'overrides.0.rule: unknown key; did you mean "rules"?'],
    [
      { overrides: [{ files: 'a.md', rules: { 'item-id': 'of' } }] },
      'overrides.0.rules.item-id: "of" is not a severity: use off, warn or error (or 0, 1, 2), alone or as [severity, { options }]; did you mean "off"?',
    ],
    [{ zzz: 1 }, 'zzz: unknown key'],
  ])('%j', (config, message) => {
    expect(messageOf(config)).toBe(message);
  });

  it.each(['', '\n\n', '# settings come later\n', '# a\n  # b\n'])('an empty .planrc.yaml means no settings (%j)', (text) => {
    const dir = folder({ '.planrc.yaml': text });
    expect(loadConfigFile(join(dir, '.planrc.yaml')).settings.fiscalYearStart).toBe(1);
  });

  it('an empty .planrc.json means no settings', () => {
    const dir = folder({ '.planrc.json': '  \n' });
    expect(loadConfigFile(join(dir, '.planrc.json')).settings.fiscalYearStart).toBe(1);
  });
});
