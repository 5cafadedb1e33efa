export { startContentRuntime } from './runtime';
export type { ContentRuntime, InsertResult, PageSnapshot, RuntimeOptions, TrackedItem } from './types';
