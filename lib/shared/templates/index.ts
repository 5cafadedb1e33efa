export * from './schema';
export * from './variables';
export * from './render';
export * from './build-vars';
export * from './x-length';
export * from './pick-variant';
export * from './rank';
export * from './pack';
export { defaultTemplates } from './defaults';
