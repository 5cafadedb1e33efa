import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { createAnonymiser, parseHeader } from '@/lib/page/snapshot';
import { formatHeader } from '@/lib/page/snapshot/header';
import { isEmojiAlt } from '@/lib/page/snapshot/attributes';

let open: Window | null = null;
afterEach(async () => {
  await open?.happyDOM.close();
  open = null;
});

function page(body: string, url = 'https://x.com/acmeitalia/status/1860000000000000001'): Document {
  open = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  open.document.write(
    `<!DOCTYPE html><html lang="it" class="theme"><head><title>Secret title</title></head><body>${body}</body></html>`,
  );
  return open.document as unknown as Document;
}

const snapshot = (doc: Document, root = doc.querySelector('main')!) => createAnonymiser(doc, [root], 3).html();

describe('snapshot markup', () => {
  it('drops scripts, styles, frames, sources and handlers; keeps structure, roles and aria', () => {
    const doc = page(`<nav><a href="/acmeitalia">Profile</a></nav><main role="main" aria-label="Timeline">
      <script>secret()</script><style>.x{}</style><noscript>Secret</noscript><iframe src="https://evil.example/"></iframe>
      <article role="article" tabindex="-1" data-testid="tweet" onclick="steal()" style="color:red">
        <img src="https://pbs.twimg.com/profile_images/1/avatar.jpg" srcset="a 1x" alt="Giulia Ferrari">
        <img src="https://abs.twimg.com/emoji/1f621.svg" alt="😡">
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M1 1"></path></svg>
        <svg role="img" aria-label="Verified account"><path d="M1 1"></path></svg>
        <span style="display: none">https://</span><time datetime="2025-11-24T08:05:37.512Z">8:05</time>
        <div data-store='{"id":1234567}' data-ad-rendering-role="story_message" data-careside-id="186">Hello</div>
        <span data-careside-badge-host=""><button data-careside-badge="">complaint</button></span>
      </article></main><aside>Trending secret</aside>`);
    const html = snapshot(doc);
    for (const gone of [
      'secret',
      'Secret',
      '<script',
      '<style',
      '<noscript',
      '<iframe',
      'onclick',
      'src=',
      'srcset',
      'twimg',
      '<path',
      'color:red',
      'data-store',
      'data-careside',
      'complaint',
      'Trending',
      'Profile',
      '<title',
      'Giulia',
      'Ferrari',
      'Hello',
    ])
      expect(html, gone).not.toContain(gone);
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="it" class="theme"><body><main role="main" aria-label="[A-Z][a-z]{7}">/,
    );
    expect(html).toContain('<article role="article" tabindex="-1" data-testid="tweet">');
    expect(html).toContain('alt="😡"');
    expect(html).toMatch(/<img alt="[A-Z][a-z]{5} [A-Z][a-z]{6}">/);
    expect(html).toMatch(/<svg role="img" aria-label="[A-Z][a-z]{7} [a-z]{7}"><\/svg>/);
    expect(html).not.toContain('aria-hidden="true"></svg>');
    expect(html).toContain('<span style="display: none">');
    expect(html).toContain('<time datetime="2025-11-24T08:05:00.000Z">');
    expect(html).toContain('data-ad-rendering-role="story_message"');
  });

  it('keeps the ancestors of the thread as empty shells, and nothing beside them', () => {
    const doc = page(
      '<div id="root" role="presentation"><header>Menu</header><div role="main"><main>Thread</main></div><footer>About</footer></div>',
    );
    const html = snapshot(doc);
    expect(html).toMatch(
      /<body><div id="root" role="presentation"><div role="main"><main>[A-Z][a-z]{5}<\/main><\/div><\/div><\/body>/,
    );
  });

  it('replaces a handle in an id or a data attribute, and long numbers everywhere, consistently', () => {
    const doc = page(`<main><div data-testid="UserAvatar-Container-marco_b88" id="x-1860000000000000011">
      <a href="/marco_b88/status/1860000000000000011">@marco_b88</a><div data-testid="User-Name"></div></div></main>`);
    const anonymiser = createAnonymiser(doc, [doc.querySelector('main')!], 3);
    const html = anonymiser.html();
    const handle = anonymiser.names.text('marco_b88');
    const id = anonymiser.names.renumber('1860000000000000011');
    expect(html).toContain(`data-testid="UserAvatar-Container-${handle}" id="x-${id}"`);
    expect(html).toContain(`href="/${handle}/status/${id}">@${handle}</a>`);
    expect(html).toContain('data-testid="User-Name"');
    expect(anonymiser.url(doc.defaultView!.location.href)).toMatch(/^https:\/\/x\.com\/[a-z]{10}\/status\/\d{19}$/);
  });

  it('keeps "Sticker" and "GIF" in a media label (the kind is read from it), and emoji alts only', () => {
    const doc = page(
      '<main><img alt="Sticker di Pusheen"><div role="img" aria-label="GIF: Maria dances"></div><img alt="👍🏽👍"><img alt="1"></main>',
    );
    const html = snapshot(doc);
    expect(html).toMatch(/alt="Sticker [a-z]{2} [A-Z][a-z]{6}"/);
    expect(html).toMatch(/aria-label="GIF: [A-Z][a-z]{4} [a-z]{6}"/);
    expect(html).toContain('alt="👍🏽👍"');
    expect(isEmojiAlt('👍🏽👍')).toBe(true);
    expect(isEmojiAlt('👍👍👍')).toBe(false);
    expect(isEmojiAlt('1')).toBe(false);
  });

  it('starts with a header that names the platform, the page as structure and the version, and reads back', () => {
    const header = {
      platform: 'x',
      page: 'https://x.com/abc/status/1',
      version: '0.1.0',
      date: '2026-01-02',
      items: 3,
      unreadable: 1,
    };
    const text = formatHeader(header);
    expect(text).toMatch(/^<!--\nCareSide snapshot, anonymised/);
    expect(parseHeader(`${text}\n<!DOCTYPE html>`)).toEqual(header);
    expect(parseHeader('<!DOCTYPE html><html></html>')).toBeNull();
  });
});
