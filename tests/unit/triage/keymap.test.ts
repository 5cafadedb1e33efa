import { describe, expect, it } from 'vitest';
import { panelActionFor, type KeyInput } from '@/lib/shared/triage/keymap';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  ...extra,
});

describe('panel shortcut map', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['ArrowDown', 'next'],
    ['i', 'insert'],
    ['c', 'copy'],
    ['h', 'handled'],
    ['e', 'escalate'],
    ['?', 'help'],
    ['Escape', 'escape'],
  ])('%s → %s', (k, type) => {
    expect(panelActionFor(key(k))?.type).toBe(type);
  });

  it('maps 1-3 to template picks', () => {
    expect(panelActionFor(key('2'))).toEqual({ type: 'pick', index: 1 });
    expect(panelActionFor(key('4'))).toBeUndefined();
  });

  it('never fires while typing, except Esc', () => {
    expect(panelActionFor(key('j', { typing: true }))).toBeUndefined();
    expect(panelActionFor(key('1', { typing: true }))).toBeUndefined();
    expect(panelActionFor(key('Escape', { typing: true }))?.type).toBe('escape');
  });

  it('leaves modified keys to the browser (Ctrl+C copies the selection)', () => {
    expect(panelActionFor(key('c', { ctrlKey: true }))).toBeUndefined();
    expect(panelActionFor(key('e', { metaKey: true }))).toBeUndefined();
  });
});
