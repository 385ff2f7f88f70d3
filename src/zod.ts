// zod's own `z` namespace brings every locale and API into the bundle (~450 KB that each start-up compiles); this one
// names only what plan uses, so the bundle keeps just those. Import `z` from here, not from 'zod'.
export * as z from './zod-api.js';
