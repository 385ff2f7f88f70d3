/** Canonical item field names and their accepted spellings (contract section 3). */
export const FIELD_ALIASES = {
  opportunities: ['opportunities', 'opportunity', 'traces to'],
  goals: ['goals', 'goal'],
  objectives: ['objectives', 'objective'],
  risks: ['risks', 'risk', 'addresses', 'mitigates'],
  contingencies: ['contingencies', 'contingency', 'contingency plan', 'mitigation', 'mitigations', 'mitigation plan', 'fallback'],
  supports: ['supports', 'aligns to'],
  owner: ['owner'],
  metric: ['metric', 'kpi'],
  baseline: ['baseline'],
  target: ['target'],
  due: ['due', 'deadline', 'by'],
  likelihood: ['likelihood'],
  impact: ['impact'],
  status: ['status'],
  actual: ['actual', 'actuals', 'actual to date'],
  lesson: ['lesson', 'lessons', 'lesson learned', 'lessons learned'],
  /** An OKR goal's measure (contract 3a): a list item under "Key results:", or a field so named. */
  keyResult: ['key result', 'key results', 'kr'],
} as const;

export type FieldName = keyof typeof FIELD_ALIASES;

/** A `Key: value` line: the key (a letter, then up to 29 letters and spaces) and the value. */
export const FIELD_LINE = /^\s*([A-Za-z][A-Za-z ]{0,29}?)\s*:\s*(.*)$/s;

const FIELD_BY_SPELLING = new Map<string, FieldName>(
  (Object.entries(FIELD_ALIASES) as [FieldName, readonly string[]][]).flatMap(([name, spellings]) => spellings.map((s) => [s, name] as const)),
);

export function canonicalField(key: string): FieldName | undefined {
  return FIELD_BY_SPELLING.get(key.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Fields whose value is a list of references, and the section their targets must be in. */
export const REFERENCE_FIELDS = {
  opportunities: 'opportunities',
  goals: 'goals',
  objectives: 'objectives',
  risks: 'risks',
  contingencies: 'contingencies',
  supports: undefined,
} as const;

export type ReferenceField = keyof typeof REFERENCE_FIELDS;

export function isReferenceField(name: FieldName | undefined): name is ReferenceField {
  return name !== undefined && name in REFERENCE_FIELDS;
}
