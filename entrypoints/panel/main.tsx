import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/tailwind.css';
import { createQueryClient } from '@/lib/ui/queries/client';
import { platformSchema } from '@/lib/shared/model/social-item';
import { PanelApp } from '@/components/panel/PanelApp';
import { connectPanel } from '@/components/panel/remote-runtime';

// The panel: our own page, framed by the page script on X and Facebook (lib/content/panel-frame.ts).
const platform = platformSchema.catch('x').parse(new URLSearchParams(location.search).get('platform'));
const link = connectPanel();
const queryClient = createQueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PanelApp platform={platform} link={link} />
    </QueryClientProvider>
  </StrictMode>,
);
