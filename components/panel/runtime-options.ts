import { classify, CLASSIFIER_SET_UP } from '@/lib/classify';
import type { RuntimeOptions } from '@/lib/content';
import type { Platform } from '@/lib/model/social-item';
import type { Settings } from '@/lib/settings';

/** Classified once while setting up: compiles the user's own critical topics before the first read needs them. */
const SET_UP_SAMPLE = 'Il mio ordine non è arrivato / my order never arrived';

/** What the page runtime needs from settings: whose items to skip, what to watch, how to classify. */
export function runtimeOptionsFrom(settings: Settings, platform: Platform): RuntimeOptions {
  const brandNames = settings.brand.names;
  const lowerBrands = brandNames.map((name) => name.toLowerCase());
  const ownHandles = settings.brand.ownHandles[platform];
  const classifyText = (text: string, isReply: boolean) =>
    classify(text, {
      isReply,
      brandNames,
      mentionsBrand:
        lowerBrands.some((brand) => text.toLowerCase().includes(brand)) ||
        ownHandles.some((handle) => text.toLowerCase().includes(`@${handle}`)),
      criticalTopics: settings.criticalTopics,
    });
  return {
    ownHandles,
    badges: settings.tone.badges,
    monitorKeywords: settings.monitoring.keywords,
    classify: (item) => classifyText(item.text, item.isReply),
    setUp: [...CLASSIFIER_SET_UP, () => void classifyText(SET_UP_SAMPLE, false)],
  };
}
