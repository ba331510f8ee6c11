export * from './generate-harness';
