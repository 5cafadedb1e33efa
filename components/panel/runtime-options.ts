import { classify, classifierSetUp } from '@/lib/classify';
import type { RuntimeOptions } from '@/lib/content';
import type { Platform, SocialItem } from '@/lib/model/social-item';
import type { Settings } from '@/lib/settings';

/** What the page runtime needs from settings: whose items to skip, what to watch, how to classify. */
export function runtimeOptionsFrom(settings: Settings, platform: Platform): RuntimeOptions {
  const brandNames = settings.brand.names;
  const lowerBrands = brandNames.map((name) => name.toLowerCase());
  const ownHandles = settings.brand.ownHandles[platform];
  return {
    ownHandles,
    badges: settings.tone.badges,
    monitorKeywords: settings.monitoring.keywords,
    classify: (item: SocialItem) =>
      classify(item.text, {
        isReply: item.isReply,
        brandNames,
        mentionsBrand:
          lowerBrands.some((brand) => item.text.toLowerCase().includes(brand)) ||
          ownHandles.some((handle) => item.text.toLowerCase().includes(`@${handle}`)),
        criticalTopics: settings.criticalTopics,
      }),
    // Set up for the user's own critical topics: those are the ones every read asks about.
    setUp: classifierSetUp(settings.criticalTopics),
  };
}
