'use client';

import { createContext } from 'react';
import type { ErrorStore } from './createErrorStore.js';

/** The store given by `ErrorStoreProvider`; its own module so the toaster reads it without the store's code. */
export const ErrorStoreContext = createContext<ErrorStore | null>(null);
