/** What dexie-export-import needs from a worker's global scope that Node lacks: `self` and FileReader. */
export function installWorkerGlobals(): void {
  (globalThis as { self?: unknown }).self ??= globalThis;
  (globalThis as { FileReader?: unknown }).FileReader ??= class {
    result: ArrayBuffer | null = null;
    onload: ((event: { target: unknown }) => void) | null = null;
    onerror: ((event: { target: unknown }) => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      void blob.arrayBuffer().then((buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      });
    }
  };
}
