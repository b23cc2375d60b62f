/**
 * The preload (CommonJS, sandboxed): exposes `window.jianhu` and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { createBridge } from './bridge';

// zod compiles parsers with `new Function` when it can; a preload has no reason to evaluate code.
z.config({ jitless: true });

contextBridge.exposeInMainWorld('jianhu', createBridge(ipcRenderer));
