import { describe, expect, it } from 'vitest';
import { ItemTracker } from '@/lib/page/item-tracker';
import { socialItem } from '../support/items';

const item = socialItem;

describe('what the page sends the background', () => {
  it('a new or edited item goes whole; coming on or off screen goes as [id, visible, lastSeenAt]', () => {
    const tracker = new ItemTracker({ ownHandles: [], badges: true, monitorKeywords: [] });
    tracker.upsert(item('1', 'hello'), 10);
    tracker.upsert(item('2', 'world'), 10);
    const first = tracker.takeChanges();
    expect(first.upserts.map((u) => u.item.id)).toEqual(['1', '2']);
    expect(first.visibility).toEqual([]);

    tracker.setVisible('1', true, 20);
    tracker.setVisible('2', true, 20);
    tracker.setVisible('2', false, 30);
    const scrolled = tracker.takeChanges();
    expect(scrolled.upserts).toEqual([]);
    expect(scrolled.visibility).toEqual([
      ['1', true, 20],
      ['2', false, 20],
    ]);

    // An edit and a visibility change together: the whole item carries both.
    tracker.upsert(item('1', 'hello, edited'), 40);
    tracker.setVisible('1', false, 40);
    const edited = tracker.takeChanges();
    expect(edited.upserts.map((u) => [u.item.text, u.visible])).toEqual([['hello, edited', false]]);
    expect(edited.visibility).toEqual([]);
    expect(tracker.takeChanges()).toMatchObject({ reset: false, upserts: [], visibility: [] });
  });

  it('a badge answer for an older text is ignored; the same text keeps its badge when re-read', () => {
    const tracker = new ItemTracker({ ownHandles: [], badges: true, monitorKeywords: [] });
    tracker.upsert(item('1', 'new text'), 10);
    const badge = {
      category: 'complaint' as const,
      troll: false,
      urgent: { flag: true },
      sentimentLabel: 'negative' as const,
    };
    expect(tracker.applyBadge('1', 'old text', badge)).toBe(false);
    expect(tracker.applyBadge('1', 'new text', badge)).toBe(true);
    tracker.setOptions({ ownHandles: [], badges: false, monitorKeywords: ['new'] });
    expect(tracker.get('1')).toMatchObject({ badge, monitored: ['new'] });
  });
});

describe('the unreadable count', () => {
  it('a batch that finds only an unreadable item reports the new count; the same signature again is no news', () => {
    const tracker = new ItemTracker({ ownHandles: [], badges: true, monitorKeywords: [] });
    tracker.upsert(item('1', 'hello'), 10);
    expect(tracker.takeChanges()).toMatchObject({ unreadableCount: 0, unreadableChanged: false });
    tracker.addUnreadable('ARTICLE|broken');
    expect(tracker.takeChanges()).toMatchObject({ upserts: [], unreadableCount: 1, unreadableChanged: true });
    tracker.addUnreadable('ARTICLE|broken');
    expect(tracker.takeChanges()).toMatchObject({ unreadableCount: 1, unreadableChanged: false });
    tracker.reset();
    expect(tracker.takeChanges()).toMatchObject({ reset: true, unreadableCount: 0, unreadableChanged: true });
  });
});
