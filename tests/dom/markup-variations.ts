/**
 * Markup we have not seen: seeded variants of a page (extra wrappers, renamed classes, dropped data-testids,
 * dropped or translated aria-labels, span/div swaps, deeper reply nesting, text split across nodes, emoji as
 * <img alt>), and how much of each field the adapter still reads exactly as on the original page.
 */
import { Window } from 'happy-dom';
import { adapterForUrl } from '@/lib/platforms';
import type { SocialItem } from '@/lib/shared/model/social-item';
import { rng } from '@/lib/shared/rng';

type Transform = (doc: Document, random: () => number) => void;

const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)];
const items = (doc: Document) => Array.from(doc.querySelectorAll('[role="article"], article'));

/** Each item gets one more wrapper somewhere inside it: plain, role=button, role=link or focusable. */
const wrap: Transform = (doc, random) => {
  const kind = pick(['plain', 'button', 'link', 'tabindex'], random);
  for (const item of items(doc)) {
    const inner = Array.from(item.querySelectorAll('div, span')).filter(
      (el) => !el.closest('[role="article"] [role="article"]') || el.closest('[role="article"], article') === item,
    );
    if (inner.length === 0) continue;
    const target = pick(inner, random);
    const wrapper = doc.createElement('div');
    if (kind === 'button') wrapper.setAttribute('role', 'button');
    if (kind === 'link') wrapper.setAttribute('role', 'link');
    if (kind !== 'plain') wrapper.setAttribute('tabindex', '0');
    target.replaceWith(wrapper);
    wrapper.appendChild(target);
  }
};

/** Every class renamed (sites ship new atomic class names every release). */
const renameClasses: Transform = (doc, random) => {
  const names = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const renamed = (el.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => names.get(c) ?? (names.set(c, `z${Math.floor(random() * 1e9).toString(36)}`), names.get(c)!));
    el.setAttribute('class', renamed.join(' '));
  }
};

/** A third of the data-testid attributes dropped. */
const dropTestids: Transform = (doc, random) => {
  for (const el of Array.from(doc.querySelectorAll('[data-testid]')))
    if (random() < 0.33) el.removeAttribute('data-testid');
};

const LABEL_WORDS: Record<string, [string, string]> = {
  es: ['Comentario de', 'Responder'],
  fr: ['Commentaire de', 'Répondre'],
  de: ['Kommentar von', 'Antworten'],
  pt: ['Comentário de', 'Responder'],
  xx: ['Qwerty zu', 'Zxcv'],
};

/** aria-labels dropped, or their UI words swapped for another language's (or an unknown one). */
const relabel: Transform = (doc, random) => {
  const lang = pick([...Object.keys(LABEL_WORDS), 'drop'], random);
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
    const label = el.getAttribute('aria-label') ?? '';
    if (lang === 'drop') {
      if (el.getAttribute('role') === 'article') el.removeAttribute('aria-label');
      continue;
    }
    const [by] = LABEL_WORDS[lang];
    el.setAttribute('aria-label', label.replace(/^(Comment by|Reply by|Commento di|Risposta di)/, by));
  }
  for (const el of Array.from(doc.querySelectorAll('[role="button"]'))) {
    if (lang === 'drop') continue;
    if (/^(Reply|Rispondi)$/.test((el.textContent ?? '').trim())) el.textContent = LABEL_WORDS[lang][1];
  }
};

/** Spans become divs (and back): the tag is not the structure. */
const swapTags: Transform = (doc, random) => {
  for (const el of Array.from(doc.querySelectorAll('span'))) {
    if (random() > 0.3 || el.closest('a[href]') || el.querySelector('[dir="auto"]')) continue;
    const div = doc.createElement('div');
    for (const attr of Array.from(el.attributes)) div.setAttribute(attr.name, attr.value);
    while (el.firstChild) div.appendChild(el.firstChild);
    el.replaceWith(div);
  }
};

/** Text split into several nodes, halves in their own spans. */
const splitText: Transform = (doc, random) => {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    if (text.length < 8 || random() > 0.5 || !node.parentElement?.closest('[role="article"], article')) continue;
    const at = 1 + Math.floor(random() * (text.length - 2));
    const left = doc.createElement('span');
    left.textContent = text.slice(0, at);
    const right = doc.createElement('span');
    right.textContent = text.slice(at);
    node.replaceWith(left, right);
  }
};

/** Emoji in text shown as images with the emoji as alt (how both sites draw them). */
const emojiAsImages: Transform = (doc) => {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    if (!/\p{Extended_Pictographic}/u.test(text)) continue;
    const parts = text.split(/(\p{Extended_Pictographic}\uFE0F?)/u).filter(Boolean);
    node.replaceWith(
      ...parts.map((part) => {
        if (!/\p{Extended_Pictographic}/u.test(part)) return doc.createTextNode(part);
        const img = doc.createElement('img');
        img.setAttribute('alt', part);
        img.setAttribute('src', 'data:,');
        return img;
      }),
    );
  }
};

/** Replies one level deeper: their list items wrapped again. */
const deeperNesting: Transform = (doc) => {
  for (const li of Array.from(doc.querySelectorAll('li li'))) {
    const wrapper = doc.createElement('div');
    li.replaceWith(wrapper);
    wrapper.appendChild(li);
  }
};

export const TRANSFORMS: Record<string, Transform> = {
  wrap,
  renameClasses,
  dropTestids,
  relabel,
  swapTags,
  splitText,
  emojiAsImages,
  deeperNesting,
};

export const FIELDS = ['id', 'parentId', 'author', 'handle', 'text', 'time', 'kind'] as const;
export type Field = (typeof FIELDS)[number];

function fieldsOf(item: SocialItem): Record<Field, unknown> {
  return {
    id: item.id,
    parentId: item.inReplyToId ?? null,
    author: item.authorName,
    handle: item.authorHandle,
    text: item.text,
    time: item.createdAt,
    kind: item.kind,
  };
}

function readAll(url: string, html: string, mutate: ((doc: Document) => void) | null, now: number): SocialItem[] {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    mutate?.(doc);
    const adapter = adapterForUrl(url)!;
    return adapter
      .findItemElements(doc)
      .map((el) => {
        try {
          return adapter.parseItem(el, now);
        } catch {
          return null;
        }
      })
      .filter((i): i is SocialItem => i !== null);
  } finally {
    void window.happyDOM.close();
  }
}

export interface VariationResult {
  variants: number;
  /** Per field: items whose field reads exactly as on the original page / items on the original page. */
  accuracy: Record<Field, number>;
  failures: string[];
}

/** Reads `variantsPerPage` seeded variants of each page and compares every field with the original reading. */
export function measureVariations(
  pages: { name: string; url: string; html: string }[],
  variantsPerPage: number,
  seed = 20261207,
): VariationResult {
  const now = Date.parse('2025-11-24T12:00:00.000Z');
  const hits = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  let total = 0;
  const failures: string[] = [];
  const names = Object.keys(TRANSFORMS);
  pages.forEach((page, p) => {
    const original = readAll(page.url, page.html, null, now);
    for (let v = 0; v < variantsPerPage; v++) {
      const random = rng(seed + p * 10007 + v);
      const chosen = names.filter(() => random() < 0.35);
      if (chosen.length === 0) chosen.push(pick(names, random));
      const variant = readAll(page.url, page.html, (doc) => chosen.forEach((n) => TRANSFORMS[n](doc, random)), now);
      for (const item of original) {
        total++;
        const read = variant.find((i) => i.id === item.id);
        const want = fieldsOf(item);
        const got = read ? fieldsOf(read) : null;
        for (const f of FIELDS) {
          if (got && got[f] === want[f]) hits[f]++;
          else if (failures.length < 40) failures.push(`${page.name} #${v} [${chosen.join('+')}] ${item.id} ${f}`);
        }
      }
    }
  });
  const accuracy = Object.fromEntries(FIELDS.map((f) => [f, total ? hits[f] / total : 0])) as Record<Field, number>;
  return { variants: pages.length * variantsPerPage, accuracy, failures };
}
