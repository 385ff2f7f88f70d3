// The parts of zod that plan uses, re-exported by name (see zod.ts).
export {
  array,
  boolean,
  enum,
  literal,
  looseObject,
  number,
  partialRecord,
  preprocess,
  record,
  strictObject,
  string,
  toJSONSchema,
  tuple,
  union,
  unknown,
} from 'zod';
export type { output, ZodType } from 'zod';
