export * from './languages';
export * from './sandbox.types';
