/**
 * Whether a lazy product module has what `validateOrder` needs in the trader's language: its catalog,
 * its order rules and its texts (chunks of their own, fetched by `loadErrors` the first time the ticket
 * switches to the product, and again for another language).
 */
import { loadErrors, type ProductModule } from '@exchange-errors/core';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';

export function useProductReady(i18n: I18n, module: ProductModule | null, lng: string): boolean {
  const [ready, setReady] = useState<{ readonly module: ProductModule; readonly lng: string } | null>(null);
  useEffect(() => {
    if (!module) return;
    let live = true;
    // loadErrors never rejects; a chunk that fails to load leaves the product without checks.
    void loadErrors(i18n, module, lng).then(() => {
      if (live) setReady({ module, lng });
    });
    return () => {
      live = false;
    };
  }, [i18n, module, lng]);
  return module !== null && ready?.module === module && ready.lng === lng;
}
