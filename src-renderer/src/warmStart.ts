/**
 * The first script of the page (index.html), before the app's bundle: starts opening the app's
 * database so IndexedDB's work overlaps the bundle's load (db/warmConnection.ts).
 */
import { readActiveDbName } from './db/activeDbName';
import { warmOpen } from './db/warmConnection';

warmOpen(readActiveDbName());
