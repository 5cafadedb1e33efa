import { TOPICS, type Topic } from '../model/categories';

/**
 * "Make a template" from an FAQ candidate: the dashboard links to the template manager with the topic in
 * the URL hash (#templates/new/<topic>), and the manager opens a new question template for it.
 */
const PREFIX = '#templates/new/';

export function faqTemplateHash(topic: string): string {
  return `${PREFIX}${encodeURIComponent(topic)}`;
}

/** The topic a hash asks a new template for, or null; a topic the templates do not know is dropped. */
export function parseFaqTemplateHash(hash: string): { title: string; topics: Topic[] } | null {
  if (!hash.startsWith(PREFIX)) return null;
  let topic: string;
  try {
    topic = decodeURIComponent(hash.slice(PREFIX.length)).trim();
  } catch {
    return null;
  }
  if (!topic || topic.length > 100) return null;
  const known = (TOPICS as readonly string[]).includes(topic);
  return { title: topic, topics: known ? [topic as Topic] : [] };
}
