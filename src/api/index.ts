// The contract between the server and the dashboard: every JSON answer of the API as a zod schema
// (the routes declare them, so they make the OpenAPI document) and as a TypeScript type (the
// dashboard imports these types, and only types: `import type { Overview } from '@gapscope/api'`).
// test/server/contract.test.ts checks real answers against the schemas.

export * from './common.ts';
export * from './data.ts';
export * from './evaluations.ts';
export * from './frameworks.ts';
export * from './gaps.ts';
export * from './geography.ts';
export * from './levers.ts';
export * from './session.ts';
export * from './targets.ts';
export * from './work.ts';
