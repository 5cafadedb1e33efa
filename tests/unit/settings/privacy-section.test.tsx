// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrivacySection } from '@/components/settings/PrivacySection';
import { createTranslator } from '@/lib/shared/i18n/translate';
import { settingsDictionary } from '@/lib/shared/i18n/messages/settings';
import { defaultSettings } from '@/lib/shared/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

async function render(loaded: boolean, language: 'en' | 'it' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  await act(async () =>
    root.render(
      <QueryClientProvider client={client}>
        <PrivacySection
          value={defaultSettings().privacy}
          onChange={() => {}}
          t={createTranslator(settingsDictionary, language)}
          errorFor={() => undefined}
          savedStoreText={false}
          loaded={loaded}
        />
      </QueryClientProvider>,
    ),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('PrivacySection before the stored settings load', () => {
  it('shows a loading line and no toggle with a default value', async () => {
    await render(false);
    expect(container.querySelector('[data-testid="privacy-loading"]')?.textContent).toBe(
      'Loading your privacy settings…',
    );
    expect(container.querySelectorAll('input')).toHaveLength(0);
  });

  it('says it in Italian too', async () => {
    await render(false, 'it');
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Caricamento delle impostazioni sulla privacy…',
    );
  });

  it('shows the toggles once loaded', async () => {
    await render(true);
    expect(container.querySelector('[data-testid="privacy-loading"]')).toBeNull();
    expect(container.querySelectorAll('input[type="checkbox"]').length).toBeGreaterThanOrEqual(2);
  });
});
