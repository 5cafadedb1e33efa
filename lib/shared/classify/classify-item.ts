import type { SocialItem } from '@/lib/shared/model/social-item';
import type { Settings } from '@/lib/shared/settings';
import { classify, type Classification } from './index';

/** What classifying one item needs from it: its words, and whether it answers someone. */
export type ClassifiableItem = Pick<SocialItem, 'platform' | 'text' | 'isReply'>;

/** Classifies an item with the user's brand names, handles and critical topics (the background does this). */
export function classifyItem(item: ClassifiableItem, settings: Settings): Classification {
  const brandNames = settings.brand.names;
  const ownHandles = settings.brand.ownHandles[item.platform];
  const lower = item.text.toLowerCase();
  return classify(item.text, {
    isReply: item.isReply,
    brandNames,
    mentionsBrand:
      brandNames.some((brand) => lower.includes(brand.toLowerCase())) ||
      ownHandles.some((handle) => lower.includes(`@${handle}`)),
    criticalTopics: settings.criticalTopics,
  });
}
