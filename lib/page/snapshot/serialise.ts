/** The snapshot's markup: what walkKept visits, with every text and attribute replaced by its kept form. */
import { keptAttribute, type AttributeTools } from './attributes';
import { collectOriginals, createPseudonyms, ID_DIGITS, type Originals, type Pseudonyms } from './pseudonyms';
import { nameSegments, reduceUrl } from './url-shape';
import { walkKept } from './walk';

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'wbr']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const escapeRx = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Anonymiser {
  names: Pseudonyms;
  /** A link (or the page's URL) reduced to its structure, with the snapshot's pseudonyms and ids. */
  url(href: string): string;
  /** The kept part of the document (roots in full, their ancestors as shells), anonymised. */
  html(): string;
}

/**
 * Reads the part of the page the snapshot keeps once, to learn every original word, number and profile
 * name (so no replacement can equal one of them), then returns what turns it into anonymised markup.
 */
export function createAnonymiser(doc: Document, roots: readonly Element[], seed: number): Anonymiser {
  const pageUrl = doc.defaultView?.location.href ?? 'https://example.invalid/';
  const originals: Originals = { words: new Set(), numbers: new Set() };
  const profileNames = new Set<string>(nameSegments(pageUrl, pageUrl));
  collectOriginals(originals, pageUrl);
  walkKept(doc, roots, {
    open(el) {
      for (const attr of Array.from(el.attributes)) {
        collectOriginals(originals, attr.value);
        if (attr.name === 'href') for (const name of nameSegments(attr.value, pageUrl)) profileNames.add(name);
      }
    },
    text: (value) => collectOriginals(originals, value),
    close() {},
  });

  const names = createPseudonyms(seed, originals);
  const url = (href: string) => reduceUrl(href, pageUrl, names);
  const listed = [...profileNames].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
  // A profile name inside an id or a data attribute ("UserAvatar-Container-<handle>"): as its last part only,
  // and in the case the links use, so a handle that is also a word ("Name") leaves "User-Name" alone.
  const profileRx = listed.length
    ? new RegExp(`(?<=^|[-\\s])(?:${listed.map(escapeRx).join('|')})(?=$|\\s)`, 'gu')
    : null;
  const longNumber = new RegExp(`\\d{${ID_DIGITS},}`, 'g');
  const scrub = (token: string, withNames: boolean) =>
    (withNames && profileRx ? token.replace(profileRx, (name) => names.text(name)) : token).replace(
      longNumber,
      names.renumber,
    );
  const tools: AttributeTools = { names, url, scrub };

  const html = (): string => {
    const out: string[] = ['<!DOCTYPE html>'];
    walkKept(doc, roots, {
      open(el, tag) {
        out.push(`<${tag}`);
        for (const attr of Array.from(el.attributes)) {
          const value = keptAttribute(tag, attr.name, attr.value, tools);
          if (value !== null) out.push(` ${attr.name}="${escapeAttr(value)}"`);
        }
        out.push('>');
      },
      text: (value) => out.push(escapeText(names.text(value))),
      close: (tag) => {
        if (!VOID.has(tag)) out.push(`</${tag}>`);
      },
    });
    return out.join('');
  };
  return { names, url, html };
}
