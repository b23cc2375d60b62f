import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('jianhu', Object.freeze({}));
