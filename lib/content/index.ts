export { startContentRuntime } from './runtime';
export type { ContentRuntime, InsertResult, PageSnapshot, RuntimeHooks, RuntimeOptions, TrackedItem } from './types';
