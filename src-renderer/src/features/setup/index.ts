export { FirstRunPage } from './FirstRunPage';
