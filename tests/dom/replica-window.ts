import { Window } from 'happy-dom';
import type { ExpectedItem, ReplicaPageSpec } from '../fixtures/routes';

/** Loads a replica page's markup into its own happy-dom window at the page's URL (scripts off). */
export function loadReplica(spec: Pick<ReplicaPageSpec, 'url' | 'html'>): { window: Window; document: Document } {
  const window = new Window({
    url: spec.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(spec.html());
  return { window, document: window.document as unknown as Document };
}

/** The fields a replica's expected items list, picked from a read item (or an expected one) for toEqual. */
export function comparableFields({
  id,
  authorName,
  authorHandle,
  text,
  isReply,
  inReplyToId,
  isOwn,
  kind,
}: ComparableItem) {
  return { id, authorName, authorHandle, text, isReply, inReplyToId, isOwn, kind };
}
type ComparableItem = Pick<
  ExpectedItem,
  'id' | 'authorName' | 'authorHandle' | 'text' | 'isReply' | 'inReplyToId' | 'isOwn' | 'kind'
>;
