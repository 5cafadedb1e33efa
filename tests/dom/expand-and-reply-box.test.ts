import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { REPLICA_SPECS } from '../fixtures/routes';
import { facebookAdapter, xAdapter } from '@/lib/platforms';
import { loadReplica } from './replica-window';

let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

const spec = (name: string) => REPLICA_SPECS.find((s) => s.name === name)!;

describe('truncated items', () => {
  it('Facebook: the See more button is not read as text, and the adapter clicks it', () => {
    const page = spec('facebook-post-en');
    const { window, document } = loadReplica(page);
    open = window;
    const long = page.expected.find((e) => e.fullText)!;
    const el = facebookAdapter.findItemElements(document).find((e) => facebookAdapter.parseItem(e, 0)?.id === long.id)!;
    expect(facebookAdapter.parseItem(el, 0)!.text).toBe(long.text);
    let clicked = '';
    document.addEventListener('click', (ev) => (clicked = (ev.target as Element).textContent ?? ''));
    expect(facebookAdapter.expandItem!(el)).toBe(true);
    expect(clicked).toBe('See more');
  });

  it('X: Show more is outside the text and expandItem clicks it', () => {
    const page = spec('x-status-it');
    const { window, document } = loadReplica(page);
    open = window;
    const long = page.expected.find((e) => e.fullText)!;
    const el = xAdapter.findItemElements(document).find((e) => xAdapter.parseItem(e, 0)?.id === long.id)!;
    expect(xAdapter.parseItem(el, 0)!.text).toBe(long.text);
    expect(long.text.endsWith('…')).toBe(true);
    let clicked = false;
    document.addEventListener('click', () => (clicked = true));
    expect(xAdapter.expandItem!(el)).toBe(true);
    expect(clicked).toBe(true);
  });
});

describe('reply boxes', () => {
  it('X: opens the dialog for the right tweet and reports the Post button state', async () => {
    const page = spec('x-status-it');
    const { window, document } = loadReplica(page);
    open = window;
    const target = xAdapter.findItemElements(document)[1];
    // Stand-in for X: clicking reply mounts a dialog quoting the tweet with a composer.
    document.addEventListener('click', () => {
      document.getElementById('layers')!.innerHTML =
        '<div role="dialog"><a href="/marco_bianchi88/status/1860000000000000011">·</a><div contenteditable="true" data-testid="tweetTextarea_0"></div><button data-testid="tweetButton" disabled>Reply</button></div>';
    });
    const box = await xAdapter.openReplyBox(target);
    expect(box?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(xAdapter.postButtonEnabled!(box!)).toBe(false);
    document.querySelector('[data-testid="tweetButton"]')!.removeAttribute('disabled');
    expect(xAdapter.postButtonEnabled!(box!)).toBe(true);
  });

  it('Facebook (unknown locale): finds Reply by position and returns the box opened in that thread', async () => {
    const page = spec('facebook-post-unknown-locale');
    const { window, document } = loadReplica(page);
    open = window;
    const items = facebookAdapter.findItemElements(document);
    const reply = items.find((e) => facebookAdapter.parseItem(e, 0)?.id === '1123581321345512')!;
    let clickedLabel = '';
    document.addEventListener('click', (ev) => {
      clickedLabel = (ev.target as Element).textContent ?? '';
      const replies = document.querySelector('[data-replica-replies="1123581321345501"]')!;
      replies.insertAdjacentHTML(
        'beforeend',
        '<div contenteditable="true" role="textbox" data-lexical-editor="true" id="box"></div>',
      );
    });
    const box = await facebookAdapter.openReplyBox(reply);
    expect(clickedLabel).toBe('Odpowiedz');
    expect(box?.id).toBe('box');
  });
});
