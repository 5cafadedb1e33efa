import { describe, expect, it } from 'vitest';
import { withSetUpFirst } from '@/lib/content/set-up-first';

describe('set-up before the first read', () => {
  it('runs each step once, one per slice when slices are spent, and reads only after the last', () => {
    const calls: string[] = [];
    const steps = ['a', 'b', 'c'].map((name) => () => void calls.push(name));
    const work = withSetUpFirst(steps, () => {
      calls.push('read');
      return false;
    });
    const spent = () => true; // every slice is used up by one step
    expect(work(spent)).toBe(true);
    expect(calls).toEqual(['a']);
    expect(work(spent)).toBe(true);
    expect(work(spent)).toBe(true);
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(work(spent)).toBe(false);
    expect(work(spent)).toBe(false);
    expect(calls).toEqual(['a', 'b', 'c', 'read', 'read']);
  });

  it('with time left in the slice, sets up and reads in the same run', () => {
    const calls: string[] = [];
    const work = withSetUpFirst([() => void calls.push('a'), () => void calls.push('b')], () => {
      calls.push('read');
      return true;
    });
    expect(work(() => false)).toBe(true); // what the read returns
    expect(calls).toEqual(['a', 'b', 'read']);
  });

  it('a step that throws is skipped without stopping the reads', () => {
    const calls: string[] = [];
    const work = withSetUpFirst(
      [
        () => {
          throw new Error('broken set-up');
        },
        () => void calls.push('b'),
      ],
      () => {
        calls.push('read');
        return false;
      },
    );
    expect(() => work(() => false)).not.toThrow();
    expect(calls).toEqual(['b', 'read']);
  });
});
