// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '@/components/settings/SettingsPage';
import { defaultSettings, loadSettings, saveSettings } from '@/lib/shared/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

const byLabel = <T extends HTMLElement>(text: string, index = 0): T => {
  const labels = [...document.querySelectorAll('label')].filter((label) => label.textContent === text);
  const id = labels[index]?.htmlFor;
  const element = id ? document.getElementById(id) : null;
  if (!element) throw new Error(`No control labelled "${text}" (#${index})`);
  return element as T;
};
const button = (text: string) => {
  const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};
/** Sets a controlled field the way typing does (React listens to the native setter + input event). */
async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const click = (element: HTMLElement) => act(async () => element.click());

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // The options page provides a query client (the privacy section asks how many texts are stored).
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () =>
    root.render(
      <QueryClientProvider client={client}>
        <SettingsPage />
      </QueryClientProvider>,
    ),
  );
  await vi.waitFor(() =>
    expect(document.querySelectorAll('[data-testid="critical-topics"] > li').length).toBeGreaterThan(0),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('SettingsPage', () => {
  it('adds a critical topic and saves it', async () => {
    const before = defaultSettings().criticalTopics.length;
    await click(button('Add critical topic'));
    expect(document.activeElement).toBe(byLabel('Name', before));
    await type(byLabel('Name', before), 'Product recall');
    await type(byLabel('Words or phrases', before), 'Richiamo prodotto\nproduct recall');
    await click(button('Save settings'));
    await vi.waitFor(async () => {
      const saved = await loadSettings();
      expect(saved.criticalTopics.at(-1)).toMatchObject({
        label: 'Product recall',
        phrases: ['richiamo prodotto', 'product recall'],
      });
    });
    expect(document.querySelector('[data-testid="settings-status"]')?.textContent).toContain('Saved');
  });

  it('shows field errors and saves nothing when a value is invalid', async () => {
    await click(button('Add critical topic'));
    await click(button('Save settings'));
    await vi.waitFor(() =>
      expect(document.querySelector('[role="alert"]')?.textContent).toContain('Nothing was saved'),
    );
    const count = defaultSettings().criticalTopics.length;
    expect(byLabel('Name', count).getAttribute('aria-invalid')).toBe('true');
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('follows a change saved elsewhere while there is no draft', async () => {
    const changed = defaultSettings();
    changed.brand.ownHandles.x = ['acmecare'];
    await act(async () => {
      await saveSettings(changed);
    });
    await vi.waitFor(() => expect(byLabel<HTMLTextAreaElement>('Your own X handles').value).toBe('acmecare'));
  });

  it('switches its own language when the UI language setting changes', async () => {
    const italian = defaultSettings();
    italian.tone.uiLanguage = 'it';
    await act(async () => {
      await saveSettings(italian);
    });
    await vi.waitFor(() => expect(document.querySelector('h2')?.textContent).toBe('Impostazioni'));
  });
});
