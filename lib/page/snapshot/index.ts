export { buildSnapshot, snapshotRoots, type SnapshotFile, type SnapshotOptions } from './snapshot-file';
export { createAnonymiser, type Anonymiser } from './serialise';
export { parseHeader, type SnapshotHeader } from './header';
export { isStructuralSegment, reduceUrl } from './url-shape';
