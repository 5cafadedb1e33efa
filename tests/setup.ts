// fake-indexeddb gives Dexie a real IndexedDB implementation in Node.
import 'fake-indexeddb/auto';
