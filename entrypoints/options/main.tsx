import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/ui/tailwind.css';
import { createQueryClient } from '@/lib/ui/queries/client';
import { OptionsApp } from '@/components/options/OptionsApp';

const queryClient = createQueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OptionsApp />
    </QueryClientProvider>
  </StrictMode>,
);
