// Runs our TypeScript directly: SWC transpiles with decorator metadata (NestJS needs it)
// and resolves the tsconfig path aliases. Type checking is `npm run typecheck`'s job.
process.env.SWC_NODE_PROJECT ??= require('path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
