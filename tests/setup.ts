// fake-indexeddb gives Dexie a real IndexedDB implementation in Node.
import 'fake-indexeddb/auto';
// The classifier's weights, as the extension loads them (public/classifier.bin).
import '../scripts/lib/install-weights';
