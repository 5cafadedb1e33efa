export { startContentRuntime } from './runtime';
export type { ContentRuntime, RuntimeOptions } from './types';
